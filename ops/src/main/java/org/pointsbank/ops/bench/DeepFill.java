package org.pointsbank.ops.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.pointsbank.ops.Durations;
import org.pointsbank.ops.OpsFailure;
import org.pointsbank.ops.ProgressBar;

/**
 * Fills a card up to {@code target} events with credit+reversal pairs, from several workers: each claims two of
 * the events still to do (one when only one is left: a lone credit), credits, then reverses the entry the credit
 * answered. A 429 or 5xx answer is sent again, with the same {@code Idempotency-Key} (so the service records it
 * once), after a backoff of {@value #FIRST_BACKOFF_MILLIS} ms doubling up to {@value #MAX_BACKOFF_MILLIS} ms, at
 * most {@value #MAX_ATTEMPTS} times; any other refusal stops the fill. Each credit is dated by {@code dateOf}
 * from the index of its pair among the fill's pairs (0 first), so a backdated fill can spread over past days.
 */
final class DeepFill {

    static final long FIRST_BACKOFF_MILLIS = 20;
    static final long MAX_BACKOFF_MILLIS = 1000;
    static final int MAX_ATTEMPTS = 50;

    @FunctionalInterface
    private interface Request {
        HttpAnswer send() throws IOException, InterruptedException;
    }

    private final CreditReversal requests;
    private final long had;
    private final long target;
    private final LongSupplier clock;
    private final LongFunction<LocalDate> dateOf;
    private final AtomicLong claimed = new AtomicLong();
    private final LongAdder done = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final AtomicReference<OpsFailure> failure = new AtomicReference<>();

    /** {@code had}: the card's events before the fill; credits dated today. */
    DeepFill(CreditReversal requests, long had, long target, LongSupplier clock) {
        this(requests, had, target, clock, null);
    }

    /** {@code dateOf}: the date of pair {@code i} of {@link #pairs()}; null dates every credit today. */
    DeepFill(CreditReversal requests, long had, long target, LongSupplier clock, LongFunction<LocalDate> dateOf) {
        this.requests = requests;
        this.had = had;
        this.target = target;
        this.clock = clock;
        this.dateOf = dateOf;
    }

    /** The pairs the fill makes (a lone credit at the end of an odd number counts as one). */
    long pairs() {
        return (toDo() + 1) / 2;
    }

    /** Runs {@code workers} workers (on {@code seeder}'s threads, with its progress line) until done or failed. */
    void run(Seeder seeder, int workers) throws InterruptedException {
        if (toDo() == 0) {
            return;
        }
        long started = clock.getAsLong();
        seeder.parallel(workers, this::work, failure, () -> progressLine(started));
    }

    /** Events added so far. */
    long added() {
        return done.sum();
    }

    /** 429 and 5xx answers sent again. */
    long retries() {
        return retries.sum();
    }

    private long toDo() {
        return Math.max(0, target - had);
    }

    private void work() throws IOException, InterruptedException {
        long first;
        while (failure.get() == null && (first = claim()) >= 0) {
            int events = (int) Math.min(2, toDo() - first);
            String creditKey = CreditReversal.key();
            LocalDate occurredOn = dateOf == null ? null : dateOf.apply(first / 2);
            HttpAnswer credit = send(
                    "crediting card " + requests.cardId(),
                    () -> occurredOn == null ? requests.credit(creditKey) : requests.credit(creditKey, occurredOn));
            if (credit == null) {
                return;
            }
            done.increment();
            if (events == 1) {
                continue;
            }
            String entryId = CreditReversal.entryId(credit);
            if (entryId == null) {
                throw new OpsFailure(
                        "crediting card " + requests.cardId() + " answered " + credit.status() + " without an entryId");
            }
            String reversalKey = CreditReversal.key();
            if (send(
                            "reversing entry " + entryId + " of card " + requests.cardId(),
                            () -> requests.reverse(entryId, reversalKey))
                    == null) {
                return;
            }
            done.increment();
        }
    }

    /**
     * The index (among the events to add) of the first of two events claimed (a pair), or of one (a lone credit,
     * at the end of an odd number); -1 when none is left.
     */
    private long claim() {
        while (true) {
            long before = claimed.get();
            int events = (int) Math.min(2, toDo() - before);
            if (events <= 0) {
                return -1;
            }
            if (claimed.compareAndSet(before, before + events)) {
                return before;
            }
        }
    }

    /** The 2xx answer; null when another worker failed meanwhile. */
    private HttpAnswer send(String what, Request request) throws IOException, InterruptedException {
        long backoff = FIRST_BACKOFF_MILLIS;
        for (int attempt = 1; ; attempt++) {
            HttpAnswer answer = request.send();
            if (answer.isSuccess()) {
                return answer;
            }
            if (answer.status() != 429 && answer.status() / 100 != 5) {
                throw Seeder.refused(what, answer);
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new OpsFailure(Seeder.refused(what, answer).getMessage() + " (" + attempt + " times)");
            }
            if (failure.get() != null) {
                return null;
            }
            retries.increment();
            TimeUnit.MILLISECONDS.sleep(backoff);
            backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
        }
    }

    private String progressLine(long startedNanos) {
        double rate = done.sum() / Math.max(1e-9, (clock.getAsLong() - startedNanos) / 1e9);
        long events = had + done.sum();
        String eta =
                ProgressBar.eta(events, target, rate).map(Durations::format).orElse("--");
        return String.format(
                Locale.ROOT,
                "deep fill %d/%d events  %.0f ev/s  eta %s  retries %d",
                events,
                target,
                rate,
                eta,
                retries.sum());
    }
}
