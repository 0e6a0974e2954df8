package org.pointsbank.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MixedDriverTest {

    private static final long MS = 1_000_000;

    /** A fake clock per stream, and a sleeper that moves it forward instead of waiting. */
    private static FixedRateDriver driver(double rate, AtomicLong now) {
        Sleeper sleeper = deadline -> now.accumulateAndGet(deadline, Math::max);
        return new FixedRateDriver(rate, 4, now::get, sleeper, Runnable::run);
    }

    @Test
    void runsEveryStreamAtItsOwnRateIntoItsOwnRecorderDiscardingEachWarmup() throws InterruptedException {
        List<String> credits = new CopyOnWriteArrayList<>();
        List<String> reads = new CopyOnWriteArrayList<>();
        Operation echo = sequence -> Outcome.error(Long.toString(sequence));

        MixedDriver.run(
                List.of(
                        new MixedDriver.Stream(
                                driver(50, new AtomicLong()), echo, (o, latency) -> credits.add(o.error())),
                        new MixedDriver.Stream(
                                driver(200, new AtomicLong()), echo, (o, latency) -> reads.add(o.error()))),
                Duration.ofMillis(40),
                Duration.ofMillis(100));

        // 50/s: due every 20 ms, the first two in the 40 ms warm-up; 200/s: every 5 ms, the first eight
        assertThat(credits).containsExactly("2", "3", "4", "5", "6");
        assertThat(reads).hasSize(20).first().isEqualTo("8");
        assertThat(reads).last().isEqualTo("27");
    }

    @Test
    void runsTheStreamsAtTheSameTime() throws InterruptedException {
        CountDownLatch readStarted = new CountDownLatch(1);
        List<Outcome> credits = new CopyOnWriteArrayList<>();
        // the credit stream's first call waits for the read stream to be under way: run one after the
        // other, it would give up after 5 s and report "alone"
        Operation credit = sequence -> {
            if (sequence == 0 && !readStarted.await(5, TimeUnit.SECONDS)) {
                return Outcome.error("alone");
            }
            return Outcome.ok();
        };
        Operation read = sequence -> {
            readStarted.countDown();
            return Outcome.ok();
        };

        MixedDriver.run(
                List.of(
                        new MixedDriver.Stream(driver(100, new AtomicLong()), credit, (o, latency) -> credits.add(o)),
                        new MixedDriver.Stream(driver(100, new AtomicLong()), read, (o, latency) -> {})),
                Duration.ZERO,
                Duration.ofMillis(30));

        assertThat(credits).hasSize(3).allSatisfy(o -> assertThat(o.error()).isNull());
    }

    @Test
    void reportsAStreamThatCouldNotScheduleOnceTheOthersAreDone() {
        List<Outcome> reads = new CopyOnWriteArrayList<>();
        FixedRateDriver refusing = new FixedRateDriver(100, 1, new AtomicLong()::get, deadline -> {}, task -> {
            throw new RejectedExecutionException("pool closed");
        });

        assertThatThrownBy(() -> MixedDriver.run(
                        List.of(
                                new MixedDriver.Stream(refusing, sequence -> Outcome.ok(), (o, latency) -> {}),
                                new MixedDriver.Stream(
                                        driver(100, new AtomicLong()),
                                        sequence -> Outcome.ok(),
                                        (o, latency) -> reads.add(o))),
                        Duration.ZERO,
                        Duration.ofMillis(50)))
                .isInstanceOf(RejectedExecutionException.class)
                .hasMessage("pool closed");
        assertThat(reads).hasSize(5);
    }
}
