package org.pointsbank.api.audit;

import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.pointsbank.projections.audit.ChainAppender;
import org.pointsbank.projections.audit.EventChainProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets the chain go on past a hole in the log while no new event arrives. The chain's processor stops before a
 * position it still waits for and is only called again with the next event; on the instance that holds the chain's
 * token, when the processor has been idle for a whole interval with such a hole behind it, this asks the chain to
 * advance again (it then settles the hole or keeps waiting, by the same rule).
 */
@Component
class ChainNudge {

    private static final Logger log = LoggerFactory.getLogger(ChainNudge.class);

    private final EventProcessingConfiguration processing;
    private final ChainAppender appender;
    private final TransactionTemplate transaction;
    private OptionalLong lastSeen = OptionalLong.empty();

    ChainNudge(EventProcessingConfiguration processing, ChainAppender appender, PlatformTransactionManager tm) {
        this.processing = processing;
        this.appender = appender;
        this.transaction = new TransactionTemplate(tm);
    }

    @Scheduled(fixedDelayString = "PT5S", initialDelayString = "PT5S")
    void nudge() {
        EventTrackerStatus status = processing
                .eventProcessor(EventChainProjection.NAME, TrackingEventProcessor.class)
                .map(p -> p.processingStatus().get(0))
                .orElse(null);
        GapAwareTrackingToken token = status == null || status.isErrorState()
                ? null
                : EventChainProjection.positionOf(status.getTrackingToken());
        OptionalLong seen = token == null ? OptionalLong.empty() : OptionalLong.of(token.getIndex());
        boolean idle = seen.isPresent() && seen.equals(lastSeen);
        lastSeen = seen;
        if (!idle || token.getGaps().isEmpty() || appender.position() >= token.getIndex()) {
            return;
        }
        try {
            transaction.executeWithoutResult(s -> {
                appender.lockBriefly();
                appender.advance(token.getIndex(), token.getGaps());
            });
        } catch (DataAccessException e) {
            log.debug("the chain's processor moved meanwhile; it advances the chain itself", e);
        }
    }
}
