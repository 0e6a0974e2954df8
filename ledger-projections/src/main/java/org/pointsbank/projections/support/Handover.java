package org.pointsbank.projections.support;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * Read models that had a processor each and are now fed by one shared processor: what each had already handled
 * when they were brought together (its old processor's token). The shared processor starts at {@link #start}, the
 * lower bound of those tokens, so that no read model misses an event; each read model then skips what its old
 * processor had already handled ({@link #alreadyHandled}), so that none takes an event twice, whether or not its
 * writes are idempotent (the rankings' sums are not).
 */
public final class Handover {

    public static final Handover NONE = new Handover(Map.of());

    private final Map<String, GapAwareTrackingToken> handled;
    private final long highest;

    /** {@code handled}: each read model's old token; a read model that had none is left out (it takes everything). */
    public Handover(Map<String, ? extends TrackingToken> handled) {
        Map<String, GapAwareTrackingToken> tokens = new HashMap<>();
        handled.forEach((readModel, token) -> tokens.put(readModel, gapAware(token)));
        this.handled = Map.copyOf(tokens);
        this.highest = this.handled.values().stream()
                .mapToLong(GapAwareTrackingToken::getIndex)
                .max()
                .orElse(Long.MIN_VALUE);
    }

    /**
     * Where the shared processor starts: every event one of {@code tokens} has not seen comes after it. Empty when
     * one of them is {@code null} (a read model that never processed anything: the shared processor reads the log
     * from its start, and the others skip what they had).
     */
    public static Optional<TrackingToken> start(Collection<? extends TrackingToken> tokens) {
        if (tokens.isEmpty() || tokens.stream().anyMatch(Objects::isNull)) {
            return Optional.empty();
        }
        GapAwareTrackingToken start = null;
        for (TrackingToken token : tokens) {
            GapAwareTrackingToken next = gapAware(token);
            start = start == null ? next : start.lowerBound(next);
        }
        return Optional.of(start);
    }

    /** True when {@code readModel}'s old processor had handled {@code event} (applied or parked it). */
    public boolean alreadyHandled(String readModel, Object event) {
        if (handled.isEmpty() || !(event instanceof TrackedEventMessage<?> tracked)) {
            return false;
        }
        GapAwareTrackingToken before = handled.get(readModel);
        if (before == null) {
            return false;
        }
        OptionalLong index =
                WrappedToken.unwrapLowerBound(tracked.trackingToken()).position();
        return index.isPresent()
                && index.getAsLong() <= before.getIndex()
                && !before.getGaps().contains(index.getAsLong());
    }

    /** True once {@code processorToken} has seen every event any read model had handled: nothing is skipped now. */
    public boolean completedBy(TrackingToken processorToken) {
        if (handled.isEmpty()) {
            return true;
        }
        if (processorToken == null) {
            return false;
        }
        GapAwareTrackingToken processor = gapAware(processorToken);
        return processor.getIndex() >= highest && handled.values().stream().allMatch(processor::covers);
    }

    public boolean isEmpty() {
        return handled.isEmpty();
    }

    /** The read models that still skip what they had handled. */
    public Collection<String> readModels() {
        return handled.keySet();
    }

    private static GapAwareTrackingToken gapAware(TrackingToken token) {
        TrackingToken unwrapped = WrappedToken.unwrapLowerBound(token);
        if (unwrapped instanceof GapAwareTrackingToken gapAware) {
            return gapAware;
        }
        throw new IllegalArgumentException("a handover needs the event store's gap-aware tokens, not " + token);
    }
}
