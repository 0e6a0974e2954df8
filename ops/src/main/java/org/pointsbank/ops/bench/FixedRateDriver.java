package org.pointsbank.ops.bench;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * An open loop at a fixed rate: call {@code i} is due at {@code start + i / rate}, whether or not earlier calls
 * have returned, and its latency counts from that intended start, not from when it could actually be sent.
 * A slow service therefore shows in the latency instead of silently lowering the load (no coordinated
 * omission). At most {@code maxInFlight} calls run at once; when that many are outstanding, later calls wait
 * for one to finish and are sent late, their wait included in their latency. Calls due in the warm-up are not
 * recorded.
 */
public final class FixedRateDriver {

    private final double ratePerSecond;
    private final int maxInFlight;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private final Executor executor;

    /** {@code executor} must be able to run {@code maxInFlight} calls at once (a pool of that many threads). */
    public FixedRateDriver(
            double ratePerSecond, int maxInFlight, LongSupplier clock, Sleeper sleeper, Executor executor) {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("rate must be positive, not " + ratePerSecond);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("max in flight must be at least 1, not " + maxInFlight);
        }
        this.ratePerSecond = ratePerSecond;
        this.maxInFlight = maxInFlight;
        this.clock = clock;
        this.sleeper = sleeper;
        this.executor = executor;
    }

    public void run(Operation operation, Duration warmup, Duration duration, Recorder recorder)
            throws InterruptedException {
        Semaphore slots = new Semaphore(maxInFlight);
        long started = clock.getAsLong();
        long measureFrom = started + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        double interval = 1e9 / ratePerSecond;
        try {
            for (long i = 0; ; i++) {
                long intended = started + (long) (i * interval);
                if (intended - end >= 0) {
                    break;
                }
                sleeper.sleepUntil(intended);
                slots.acquire();
                long sequence = i;
                boolean measured = intended - measureFrom >= 0;
                try {
                    executor.execute(() -> call(operation, sequence, intended, measured, recorder, slots));
                } catch (RuntimeException rejected) {
                    slots.release();
                    throw rejected;
                }
            }
        } finally {
            // wait for the calls still outstanding
            slots.acquire(maxInFlight);
            slots.release(maxInFlight);
        }
    }

    private void call(
            Operation operation, long sequence, long intended, boolean measured, Recorder recorder, Semaphore slots) {
        try {
            Outcome outcome;
            try {
                outcome = operation.call(sequence);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                outcome = Outcome.failed(e);
            }
            if (measured) {
                recorder.record(outcome, clock.getAsLong() - intended);
            }
        } finally {
            slots.release();
        }
    }
}
