package org.pointsbank.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FixedRateDriverTest {

    private static final long MS = 1_000_000;

    /** A fake clock, and a sleeper that moves it forward instead of waiting. */
    private final AtomicLong now = new AtomicLong(7_000 * MS);

    private final long start = now.get();
    private final Sleeper sleeper = deadline -> now.accumulateAndGet(deadline, Math::max);

    @Test
    void measuresFromTheIntendedStartSoAStallShowsInTheCallsBehindIt() throws InterruptedException {
        List<Long> latencies = new CopyOnWriteArrayList<>();
        Operation stallOnce = sequence -> {
            now.addAndGet(sequence == 0 ? 50 * MS : MS);
            return Outcome.ok();
        };

        new FixedRateDriver(100, 10, now::get, sleeper, Runnable::run)
                .run(
                        stallOnce,
                        Duration.ZERO,
                        Duration.ofMillis(100),
                        (outcome, latency) -> latencies.add(latency / MS));

        // due every 10 ms; the first takes 50 ms, and the four due meanwhile waited for it: a closed loop
        // would have reported 50, 1, 1, 1, ...
        assertThat(latencies).containsExactly(50L, 41L, 32L, 23L, 14L, 5L, 1L, 1L, 1L, 1L);
    }

    @Test
    void schedulesAtTheRateAndDiscardsTheWarmup() throws InterruptedException {
        List<Long> due = new CopyOnWriteArrayList<>();
        List<Outcome> recorded = new CopyOnWriteArrayList<>();
        Sleeper recordingSleeper = deadline -> {
            due.add((deadline - start) / MS);
            sleeper.sleepUntil(deadline);
        };
        Operation echo = sequence -> Outcome.error(Long.toString(sequence));

        new FixedRateDriver(200, 4, now::get, recordingSleeper, Runnable::run)
                .run(echo, Duration.ofMillis(20), Duration.ofMillis(30), (outcome, latency) -> recorded.add(outcome));

        assertThat(due).containsExactly(0L, 5L, 10L, 15L, 20L, 25L, 30L, 35L, 40L, 45L);
        assertThat(recorded).extracting(Outcome::error).containsExactly("4", "5", "6", "7", "8", "9");
    }

    @Test
    void sendsLateWhenMaxInFlightAreOutstandingAndCountsTheWait() throws Exception {
        BlockingQueue<Runnable> submitted = new LinkedBlockingQueue<>();
        Map<String, Long> latencyBySequence = new ConcurrentHashMap<>();
        Operation echo = sequence -> Outcome.error(Long.toString(sequence));
        FixedRateDriver driver = new FixedRateDriver(100, 2, now::get, sleeper, submitted::add);
        Thread scheduler = new Thread(() -> {
            try {
                driver.run(
                        echo,
                        Duration.ZERO,
                        Duration.ofMillis(30),
                        (outcome, latency) -> latencyBySequence.put(outcome.error(), latency / MS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        scheduler.start();

        Runnable first = submitted.poll(5, TimeUnit.SECONDS);
        Runnable second = submitted.poll(5, TimeUnit.SECONDS);
        now.accumulateAndGet(start + 100 * MS, Math::max);
        first.run(); // frees a slot: the third, due at 20 ms, goes now
        Runnable third = submitted.poll(5, TimeUnit.SECONDS);
        second.run();
        now.accumulateAndGet(start + 105 * MS, Math::max);
        third.run();
        scheduler.join(TimeUnit.SECONDS.toMillis(5));

        assertThat(scheduler.isAlive()).isFalse();
        assertThat(latencyBySequence).containsExactlyInAnyOrderEntriesOf(Map.of("0", 100L, "1", 90L, "2", 85L));
    }

    @Test
    void countsAnExceptionAsAnError() throws InterruptedException {
        List<Outcome> recorded = new CopyOnWriteArrayList<>();

        new FixedRateDriver(1000, 1, now::get, sleeper, Runnable::run)
                .run(
                        sequence -> {
                            throw new IllegalStateException("boom");
                        },
                        Duration.ZERO,
                        Duration.ofMillis(2),
                        (outcome, latency) -> recorded.add(outcome));

        assertThat(recorded)
                .extracting(Outcome::error)
                .containsExactly("exception IllegalStateException", "exception IllegalStateException");
    }

    @Test
    void rejectsANonPositiveRate() {
        assertThatThrownBy(() -> new FixedRateDriver(0, 1, now::get, sleeper, Runnable::run))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FixedRateDriver(10, 0, now::get, sleeper, Runnable::run))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
