package org.pointsbank.ops.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A closed loop of a fixed number of calls: {@code clients} threads take the next of calls 0 ... {@code count - 1}
 * as soon as their last one returned, until none is left. Every call is recorded (no warm-up), latency from its
 * start to its end; {@link #run} answers the wall time from the first start to the last end.
 */
public final class CountedDriver {

    private final int clients;
    private final LongSupplier clock;

    public CountedDriver(int clients, LongSupplier clock) {
        if (clients < 1) {
            throw new IllegalArgumentException("need at least one client, not " + clients);
        }
        this.clients = clients;
        this.clock = clock;
    }

    /** Nanoseconds from the start until the last call returned. */
    public long run(Operation operation, long count, Recorder recorder) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        long started = clock.getAsLong();
        List<Thread> threads = new ArrayList<>();
        for (int client = 0; client < Math.min(clients, Math.max(count, 1)); client++) {
            Thread thread = new Thread(() -> loop(operation, next, count, recorder), "bench-counted-" + client);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } finally {
            threads.forEach(Thread::interrupt);
        }
        return clock.getAsLong() - started;
    }

    private void loop(Operation operation, AtomicLong next, long count, Recorder recorder) {
        long sequence;
        while (!Thread.currentThread().isInterrupted() && (sequence = next.getAndIncrement()) < count) {
            long start = clock.getAsLong();
            Outcome outcome;
            try {
                outcome = operation.call(sequence);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                outcome = Outcome.failed(e);
            }
            recorder.record(outcome, clock.getAsLong() - start);
        }
    }
}
