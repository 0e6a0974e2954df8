package org.pointsbank.ops.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.pointsbank.ops.OpsFailure;

/**
 * After a backdated fill: closes the fill's months, oldest first, then sends one credit dated today to the deep
 * card (and reverses it), the credit at which the card settles its closed months, and times that credit.
 */
final class DeepSettle {

    /** The closes, and the settling credit's answer time in nanoseconds. */
    record Settled(List<PeriodCloser.Closed> closes, long creditNanos) {

        Settled {
            closes = List.copyOf(closes);
        }

        double creditMillis() {
            return creditNanos / 1e6;
        }
    }

    private final PeriodCloser closer;
    private final CreditReversal card;
    private final LongSupplier clock;

    DeepSettle(PeriodCloser closer, CreditReversal card, LongSupplier clock) {
        this.closer = closer;
        this.card = card;
        this.clock = clock;
    }

    /** Closes {@code months}' months and sends the settling credit, each step a line on {@code err}. */
    Settled run(DeepMonths months, PrintWriter err) throws IOException, InterruptedException {
        List<PeriodCloser.Closed> closes = new ArrayList<>();
        for (YearMonth month : months.months()) {
            PeriodCloser.Closed close = closer.close(month);
            err.printf(
                    Locale.ROOT,
                    "bench deep: month %s %s in %.0f ms%n",
                    month,
                    close.now() ? "closed" : "was closed already",
                    close.millis());
            err.flush();
            closes.add(close);
        }
        long started = clock.getAsLong();
        HttpAnswer credit = card.credit(CreditReversal.key());
        long nanos = clock.getAsLong() - started;
        if (!credit.isSuccess()) {
            throw Seeder.refused("crediting card " + card.cardId() + " today after the close", credit);
        }
        String entryId = CreditReversal.entryId(credit);
        if (entryId == null) {
            throw new OpsFailure(
                    "crediting card " + card.cardId() + " answered " + credit.status() + " without an entryId");
        }
        HttpAnswer reversal = card.reverse(entryId, CreditReversal.key());
        if (!reversal.isSuccess()) {
            throw Seeder.refused("reversing entry " + entryId + " of card " + card.cardId(), reversal);
        }
        err.printf(Locale.ROOT, "bench deep: credit dated today after the close: %.1f ms%n", nanos / 1e6);
        err.flush();
        return new Settled(closes, nanos);
    }
}
