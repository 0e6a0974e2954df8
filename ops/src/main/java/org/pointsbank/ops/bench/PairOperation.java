package org.pointsbank.ops.bench;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * What {@code bench deep} measures: a credit, then the reversal of the entry it answered, on one card, as one
 * operation of a closed loop. The credit's outcome and its own latency (not the pair's) go to {@code credits}
 * when the pair started at or after {@code measureFrom}; a failed reversal counts there as the error
 * {@code reversal <status> <code>}. Every 201, in the warm-up too, adds one to the card's {@code events}.
 */
final class PairOperation implements Operation {

    private final CreditReversal requests;
    private final Recorder credits;
    private final long measureFrom;
    private final LongSupplier clock;
    private final AtomicLong events;

    PairOperation(CreditReversal requests, Recorder credits, long measureFrom, LongSupplier clock, AtomicLong events) {
        this.requests = requests;
        this.credits = credits;
        this.measureFrom = measureFrom;
        this.clock = clock;
        this.events = events;
    }

    /** The credit's outcome (the driver's recorder, which would time the whole pair, is not needed). */
    @Override
    public Outcome call(long sequence) throws InterruptedException {
        long start = clock.getAsLong();
        boolean measured = start - measureFrom >= 0;
        HttpAnswer credit;
        try {
            credit = requests.credit(CreditReversal.key());
        } catch (IOException | RuntimeException e) {
            return record(measured, Outcome.failed(e), 0);
        }
        long latency = clock.getAsLong() - start;
        if (!credit.isSuccess()) {
            return record(
                    measured,
                    credit.status() == 422 && CreditOperation.DAILY_LIMIT_EXCEEDED.equals(credit.code())
                            ? Outcome.cap()
                            : Outcome.error(credit.errorKey()),
                    latency);
        }
        events.incrementAndGet();
        String entryId = CreditReversal.entryId(credit);
        if (entryId == null) {
            return record(measured, Outcome.error(credit.status() + " without entryId"), latency);
        }
        Outcome outcome = record(measured, Outcome.ok(), latency);
        try {
            HttpAnswer reversal = requests.reverse(entryId, CreditReversal.key());
            if (reversal.isSuccess()) {
                events.incrementAndGet();
            } else {
                record(measured, Outcome.error("reversal " + reversal.errorKey()), 0);
            }
        } catch (IOException | RuntimeException e) {
            record(measured, Outcome.error("reversal " + Outcome.failed(e).error()), 0);
        }
        return outcome;
    }

    private Outcome record(boolean measured, Outcome outcome, long latencyNanos) {
        if (measured) {
            credits.record(outcome, latencyNanos);
        }
        return outcome;
    }
}
