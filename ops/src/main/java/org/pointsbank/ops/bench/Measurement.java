package org.pointsbank.ops.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        ExecutorService workers = workers(maxInFlight);
        try {
            new FixedRateDriver(rate, maxInFlight, System::nanoTime, Sleeper.parking(System::nanoTime), workers)
                    .run(operation, warmup, duration, recorder);
        } finally {
            workers.shutdownNow();
            workers.awaitTermination(5, TimeUnit.SECONDS);
        }
        return BenchResult.of(op, FIXED, clients, rate, warmup, duration, recorder);
    }

    /** A fixed-rate stream of {@link #mixed}: what it calls, under which name, at what rate, over how many clients. */
    public record FixedStream(String op, Operation operation, int clients, double rate, int maxInFlight) {}

    /** The streams at once on the real clock ({@link MixedDriver}); a result per stream, in their order. */
    public static List<BenchResult> mixed(List<FixedStream> streams, Duration warmup, Duration duration)
            throws InterruptedException {
        List<ResultRecorder> recorders = new ArrayList<>();
        List<ExecutorService> pools = new ArrayList<>();
        List<MixedDriver.Stream> runs = new ArrayList<>();
        try {
            for (FixedStream stream : streams) {
                ResultRecorder recorder = new ResultRecorder();
                ExecutorService pool = workers(stream.maxInFlight());
                recorders.add(recorder);
                pools.add(pool);
                runs.add(new MixedDriver.Stream(
                        new FixedRateDriver(
                                stream.rate(),
                                stream.maxInFlight(),
                                System::nanoTime,
                                Sleeper.parking(System::nanoTime),
                                pool),
                        stream.operation(),
                        recorder));
            }
            MixedDriver.run(runs, warmup, duration);
        } finally {
            for (ExecutorService pool : pools) {
                pool.shutdownNow();
                pool.awaitTermination(5, TimeUnit.SECONDS);
            }
        }
        List<BenchResult> results = new ArrayList<>();
        for (int i = 0; i < streams.size(); i++) {
            FixedStream stream = streams.get(i);
            results.add(BenchResult.of(
                    stream.op(), FIXED, stream.clients(), stream.rate(), warmup, duration, recorders.get(i)));
        }
        return results;
    }

    private static ExecutorService workers(int threads) {
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bench-fixed-rate");
            thread.setDaemon(true);
            return thread;
        });
    }
}
