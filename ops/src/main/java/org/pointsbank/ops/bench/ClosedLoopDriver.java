package org.pointsbank.ops.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * A closed loop: {@code clients} threads, each calling the operation again as soon as the last call returned,
 * for {@code warmup + duration}. Calls that start during the warm-up are not recorded; latency is from a call's
 * start to its end (a closed loop waits for the service, so it cannot see the queueing an open loop would).
 */
public final class ClosedLoopDriver {

    private final int clients;
    private final LongSupplier clock;

    public ClosedLoopDriver(int clients, LongSupplier clock) {
        if (clients < 1) {
            throw new IllegalArgumentException("need at least one client, not " + clients);
        }
        this.clients = clients;
        this.clock = clock;
    }

    public void run(Operation operation, Duration warmup, Duration duration, Recorder recorder)
            throws InterruptedException {
        long started = clock.getAsLong();
        long measureFrom = started + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int first = client;
            Thread thread =
                    new Thread(() -> loop(operation, first, measureFrom, end, recorder), "bench-client-" + client);
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
    }

    private void loop(Operation operation, long sequence, long measureFrom, long end, Recorder recorder) {
        while (!Thread.currentThread().isInterrupted()) {
            long start = clock.getAsLong();
            if (start - end >= 0) {
                return;
            }
            Outcome outcome;
            try {
                outcome = operation.call(sequence);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                outcome = Outcome.failed(e);
            }
            long latency = clock.getAsLong() - start;
            if (start - measureFrom >= 0) {
                recorder.record(outcome, latency);
            }
            sequence += clients;
        }
    }
}
