package org.pointsbank.projections.audit;

import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.stereotype.Component;

/**
 * Extends the event log's hash chain behind the log (a tracking processor: one thread, one segment, its token in
 * the token store, so one instance at a time runs it). Each event's token says how far the log is read and which
 * lower positions are still expected; {@link ChainAppender} links every settled event up to there in global-index
 * order, checking each event's seal first. The link is no longer written in the recording transaction: that
 * transaction seals the event ({@link EventSealProjection}) and takes no global lock.
 * Never reset: the chain is evidence, not a read model.
 */
@Component
@ProcessingGroup(EventChainProjection.NAME)
public class EventChainProjection {

    public static final String NAME = "event_hash_chain";

    private final ChainAppender appender;

    public EventChainProjection(ChainAppender appender) {
        this.appender = appender;
    }

    @EventHandler
    void on(Object payload, TrackingToken token) {
        GapAwareTrackingToken position = positionOf(token);
        if (position != null) {
            appender.advance(position.getIndex(), position.getGaps());
        } else {
            appender.advance(token.position().orElse(0), Set.of());
        }
    }

    /** The store's position in {@code token} (a replay wraps it), or null for another kind of token. */
    public static GapAwareTrackingToken positionOf(TrackingToken token) {
        return token == null
                ? null
                : WrappedToken.unwrap(token, GapAwareTrackingToken.class).orElse(null);
    }
}
