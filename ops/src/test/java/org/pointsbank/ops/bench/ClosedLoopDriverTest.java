package org.pointsbank.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClosedLoopDriverTest {

    private static final long MS = 1_000_000;

    private final AtomicLong now = new AtomicLong(3_000 * MS);

    @Test
    void callsBackToBackAndRecordsOnlyWhatStartedAfterTheWarmup() throws InterruptedException {
        List<Long> latencies = new CopyOnWriteArrayList<>();
        List<Long> sequences = new CopyOnWriteArrayList<>();
        Operation tenMillis = sequence -> {
            sequences.add(sequence);
            now.addAndGet(10 * MS);
            return Outcome.ok();
        };

        new ClosedLoopDriver(1, now::get)
                .run(
                        tenMillis,
                        Duration.ofMillis(100),
                        Duration.ofSeconds(1),
                        (outcome, latency) -> latencies.add(latency / MS));

        assertThat(sequences).hasSize(110).startsWith(0L, 1L, 2L).endsWith(109L);
        assertThat(latencies).hasSize(100).containsOnly(10L);
    }

    @Test
    void givesEveryClientItsOwnSequenceNumbers() throws InterruptedException {
        Set<Long> sequences = ConcurrentHashMap.newKeySet();
        AtomicLong recorded = new AtomicLong();
        CountDownLatch allStarted = new CountDownLatch(4);
        Operation oneMilli = sequence -> {
            if (sequence < 4) {
                // the first call of each client: wait for the others, or one client could do all the work
                allStarted.countDown();
                assertThat(allStarted.await(10, TimeUnit.SECONDS)).isTrue();
            }
            sequences.add(sequence);
            now.addAndGet(MS);
            return Outcome.ok();
        };

        new ClosedLoopDriver(4, now::get)
                .run(
                        oneMilli,
                        Duration.ZERO,
                        Duration.ofMillis(1000),
                        (outcome, latency) -> recorded.incrementAndGet());

        // each call moves the shared clock 1 ms: 1000 calls, plus at most one per other client already started
        assertThat(recorded.get()).isBetween(1000L, 1003L);
        assertThat(sequences).hasSize((int) recorded.get());
        assertThat(sequences.stream().map(s -> s % 4).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(0L, 1L, 2L, 3L);
    }

    @Test
    void recordsOutcomesAndKeepsGoingAfterAnException() throws InterruptedException {
        ResultRecorder recorder = new ResultRecorder();
        Operation mixed = sequence -> {
            now.addAndGet(MS);
            return switch ((int) (sequence % 4)) {
                case 0 -> Outcome.ok();
                case 1 -> Outcome.cap();
                case 2 -> Outcome.error("500");
                default -> throw new IllegalStateException("boom");
            };
        };

        new ClosedLoopDriver(1, now::get).run(mixed, Duration.ZERO, Duration.ofMillis(8), recorder);

        assertThat(recorder.ok()).isEqualTo(2);
        assertThat(recorder.cap()).isEqualTo(2);
        assertThat(recorder.errors()).containsExactly(entry("500", 2L), entry("exception IllegalStateException", 2L));
        assertThat(recorder.latency().count()).isEqualTo(2);
        assertThat(recorder.latency().max()).isCloseTo(1.0, within(0.01));
    }
}
