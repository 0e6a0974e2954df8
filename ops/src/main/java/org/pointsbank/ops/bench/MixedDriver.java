package org.pointsbank.ops.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Several fixed-rate streams at once (credits at one rate, reads at another), each on its own
 * {@link FixedRateDriver} and recorder, released together so that their warm-ups and measured windows coincide.
 * Each stream keeps its driver's guarantees: calls due at their intended times, latency from the intended start
 * (no coordinated omission), so a stall of the service shows in both streams' latency. Returns when every
 * stream has finished; a failure of one stream's scheduler is thrown once all have.
 */
public final class MixedDriver {

    /** One stream: its driver, what it calls and where its outcomes go. */
    public record Stream(FixedRateDriver driver, Operation operation, Recorder recorder) {}

    private MixedDriver() {}

    public static void run(List<Stream> streams, Duration warmup, Duration duration) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < streams.size(); i++) {
            Stream stream = streams.get(i);
            Thread thread = new Thread(
                    () -> {
                        try {
                            go.await();
                            stream.driver().run(stream.operation(), warmup, duration, stream.recorder());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                        }
                    },
                    "bench-mixed-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        go.countDown();
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            throw e;
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
