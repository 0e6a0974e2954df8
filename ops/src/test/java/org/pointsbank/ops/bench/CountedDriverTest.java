package org.pointsbank.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CountedDriverTest {

    private static final long MS = 1_000_000;

    private final AtomicLong now = new AtomicLong(7_000 * MS);

    @Test
    void makesExactlyTheCallsAskedEachOnceAndAnswersTheWallTime() throws InterruptedException {
        List<Long> sequences = new CopyOnWriteArrayList<>();
        List<Long> latencies = new CopyOnWriteArrayList<>();
        Operation tenMillis = sequence -> {
            sequences.add(sequence);
            now.addAndGet(10 * MS);
            return Outcome.ok();
        };

        long nanos = new CountedDriver(1, now::get).run(tenMillis, 5, (outcome, latency) -> latencies.add(latency));

        assertThat(sequences).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(latencies).containsOnly(10 * MS).hasSize(5);
        assertThat(nanos).isEqualTo(50 * MS);
    }

    @Test
    void sharesTheCallsBetweenClientsThatRunAtOnce() throws InterruptedException {
        CountDownLatch together = new CountDownLatch(4);
        List<Long> sequences = new CopyOnWriteArrayList<>();
        Operation waitForTheOthers = sequence -> {
            sequences.add(sequence);
            if (sequence < 4) {
                together.countDown();
                if (!together.await(5, TimeUnit.SECONDS)) {
                    return Outcome.error("alone");
                }
            }
            return Outcome.ok();
        };
        ResultRecorder recorder = new ResultRecorder();

        new CountedDriver(4, System::nanoTime).run(waitForTheOthers, 100, recorder);

        assertThat(recorder.ok()).isEqualTo(100);
        assertThat(recorder.errors()).isEmpty();
        assertThat(sequences)
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.range(0, 100).boxed().toList());
    }

    @Test
    void countsErrorsAndExceptionsByKey() throws InterruptedException {
        ResultRecorder recorder = new ResultRecorder();
        Operation mixed = sequence -> switch ((int) sequence) {
            case 0 -> Outcome.error("409 ALREADY_CHECKED_IN");
            case 1 -> throw new IllegalStateException("boom");
            default -> Outcome.ok();
        };

        new CountedDriver(2, now::get).run(mixed, 4, recorder);

        assertThat(recorder.ok()).isEqualTo(2);
        assertThat(recorder.errors())
                .containsOnly(entry("409 ALREADY_CHECKED_IN", 1L), entry("exception IllegalStateException", 1L));
    }

    @Test
    void makesNoCallForNoneAndNeedsAClient() throws InterruptedException {
        ResultRecorder recorder = new ResultRecorder();
        new CountedDriver(3, now::get).run(sequence -> Outcome.ok(), 0, recorder);
        assertThat(recorder.ok()).isZero();
        assertThatThrownBy(() -> new CountedDriver(0, now::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
