package org.pointsbank.api.projection;

import java.time.Duration;

/** One rebuild of a read model as its status shows it: building the copy, swapped in, or failed. */
final class RebuildRun {

    private final long startedNanos = System.nanoTime();
    private volatile ReadModelCopy copy;
    private volatile boolean running = true;
    private volatile Double finalRate;
    private volatile Duration swapLocked;
    private volatile String failure;

    void building(ReadModelCopy copy) {
        this.copy = copy;
    }

    void swapped(Duration locked) {
        this.swapLocked = locked;
        this.finalRate = rate();
        this.running = false;
    }

    void failed(Throwable cause) {
        this.failure = cause.toString();
        this.finalRate = null;
        this.running = false;
    }

    boolean running() {
        return running;
    }

    /** The copy's position in the log, while it is built. */
    Long position() {
        ReadModelCopy current = copy;
        return current == null ? null : current.position();
    }

    /** Events the copy has read a second, while it is built and after. */
    Double eventsPerSecond() {
        return running ? rate() : finalRate;
    }

    private Double rate() {
        ReadModelCopy current = copy;
        if (current == null) {
            return null;
        }
        double seconds = Math.max(0.001, (System.nanoTime() - startedNanos) / 1e9);
        return Math.round(current.handled() / seconds * 10) / 10.0;
    }

    /** How long the swap held the live tables' writers, after a swap. */
    Duration swapLocked() {
        return swapLocked;
    }

    String failure() {
        return failure;
    }
}
