package org.pointsbank.ops.bench;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/** Waits until an instant of a {@link System#nanoTime()}-like clock; tests pass one that moves a fake clock. */
@FunctionalInterface
public interface Sleeper {

    void sleepUntil(long deadlineNanos) throws InterruptedException;

    /** Parks until the deadline of the given clock (to within the scheduler's granularity, ~0.1 ms on Linux). */
    static Sleeper parking(LongSupplier clock) {
        return deadline -> {
            long remaining;
            while ((remaining = deadline - clock.getAsLong()) > 0) {
                LockSupport.parkNanos(remaining);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        };
    }
}
