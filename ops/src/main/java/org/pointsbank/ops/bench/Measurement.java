package org.pointsbank.ops.bench;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Runs a driver on the real clock and sums it up as a {@link BenchResult}. */
public final class Measurement {

    public static final String CLOSED = "closed";
    public static final String FIXED = "fixed";

    private Measurement() {}

    public static BenchResult closed(String op, Operation operation, int clients, Duration warmup, Duration duration)
            throws InterruptedException {
        ResultRecorder recorder = new ResultRecorder();
        new ClosedLoopDriver(clients, System::nanoTime).run(operation, warmup, duration, recorder);
        return BenchResult.of(op, CLOSED, clients, null, warmup, duration, recorder);
    }

    public static BenchResult fixed(
            String op,
            Operation operation,
            int clients,
            double rate,
            int maxInFlight,
            Duration warmup,
            Duration duration)
            throws InterruptedException {
        ResultRecorder recorder = new ResultRecorder();
        ExecutorService workers = Executors.newFixedThreadPool(maxInFlight, runnable -> {
            Thread thread = new Thread(runnable, "bench-fixed-rate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            new FixedRateDriver(rate, maxInFlight, System::nanoTime, Sleeper.parking(System::nanoTime), workers)
                    .run(operation, warmup, duration, recorder);
        } finally {
            workers.shutdownNow();
            workers.awaitTermination(5, TimeUnit.SECONDS);
        }
        return BenchResult.of(op, FIXED, clients, rate, warmup, duration, recorder);
    }
}
