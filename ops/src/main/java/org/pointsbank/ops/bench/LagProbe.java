package org.pointsbank.ops.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * How far the {@code card_balance} read model trails the ledger: for every {@code every}-th credit answered
 * (from {@code measureFrom} on), polls {@code GET /api/v1/cards/{cardId}} every {@code pollInterval} until the
 * balance reaches the one the credit answered, and records the time from the credit's answer to the poll's
 * answer (so one read round trip and up to one poll interval are included). Gives up after {@code giveUpAfter}.
 */
public final class LagProbe implements CreditOperation.Listener {

    private final BenchHttp http;
    private final ScheduledExecutorService pollers;
    private final LongSupplier clock;
    private final long measureFrom;
    private final int every;
    private final long pollIntervalNanos;
    private final long giveUpNanos;
    private final AtomicLong credits = new AtomicLong();
    private final LongAdder samples = new LongAdder();
    private final LongAdder gaveUp = new LongAdder();
    private final AtomicLong pending = new AtomicLong();
    private final Histogram lag = new ConcurrentHistogram(3);

    public LagProbe(
            BenchHttp http,
            ScheduledExecutorService pollers,
            LongSupplier clock,
            long measureFrom,
            int every,
            Duration pollInterval,
            Duration giveUpAfter) {
        this.http = http;
        this.pollers = pollers;
        this.clock = clock;
        this.measureFrom = measureFrom;
        this.every = every;
        this.pollIntervalNanos = pollInterval.toNanos();
        this.giveUpNanos = giveUpAfter.toNanos();
    }

    @Override
    public void credited(BenchCard card, long balance, long answeredAtNanos) {
        if (answeredAtNanos - measureFrom < 0 || balance < 0 || credits.incrementAndGet() % every != 0) {
            return;
        }
        samples.increment();
        pending.incrementAndGet();
        pollers.execute(() -> poll(card, balance, answeredAtNanos));
    }

    private void poll(BenchCard card, long balance, long answeredAt) {
        long shown = -1;
        try {
            HttpAnswer answer = http.get("/api/v1/cards/" + card.cardId());
            if (answer.status() == 200) {
                shown = answer.json().path("balance").asLong(-1);
            }
        } catch (IOException | RuntimeException e) {
            // a failed poll is a poll that did not see it yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.decrementAndGet();
            return;
        }
        long now = clock.getAsLong();
        if (shown >= balance) {
            lag.recordValue(Math.max(0, now - answeredAt));
            pending.decrementAndGet();
        } else if (now - answeredAt >= giveUpNanos) {
            gaveUp.increment();
            pending.decrementAndGet();
        } else {
            pollers.schedule(() -> poll(card, balance, answeredAt), pollIntervalNanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Waits (on the real clock) until every sample has been seen or given up, at most {@code max}. */
    public boolean awaitSettled(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (pending.get() > 0) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
        return true;
    }

    public long samples() {
        return samples.sum();
    }

    public long gaveUp() {
        return gaveUp.sum();
    }

    /** Lag of the samples that showed, in ms. */
    public Latency lag() {
        return Latency.of(lag);
    }
}
