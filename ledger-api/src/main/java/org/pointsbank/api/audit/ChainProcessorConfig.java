package org.pointsbank.api.audit;

import java.util.Set;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.pointsbank.projections.audit.ChainAppender;
import org.pointsbank.projections.audit.EventChainProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hash chain's processor: tracking, one thread, one segment (its token claim lets one instance at a time
 * extend the chain; every instance runs it, ready to take over). Its first token is the chain's head, so a log
 * chained in the recording transaction before seals existed is never chained again.
 */
@Configuration(proxyBeanMethods = false)
class ChainProcessorConfig {

    /** Events a transaction of the chain's processor takes at most. */
    static final int BATCH_SIZE = 200;

    @Bean
    ConfigurerModule hashChainProcessor(ChainAppender appender) {
        return configurer -> configurer
                .eventProcessing()
                .registerTrackingEventProcessor(
                        EventChainProjection.NAME,
                        c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(BATCH_SIZE)
                                .andInitialTrackingToken(source -> {
                                    long head = appender.position();
                                    return head == 0
                                            ? source.createTailToken()
                                            : GapAwareTrackingToken.newInstance(head, Set.of());
                                }));
    }
}
