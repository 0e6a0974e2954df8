package org.pointsbank.ops.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * What {@code bench first-credit} sends: one {@code GET /api/v1/stations} (the connection and the credentials,
 * timed apart from any card), then {@code credits} credits to the card one after the other, each timed from
 * sending to its answer. Any answer but a success fails with what the service said.
 */
final class FirstCredits {

    /** The read's time and each credit's, in milliseconds, in the order sent. */
    record Timings(double readMillis, List<Double> creditMillis) {

        Timings {
            creditMillis = List.copyOf(creditMillis);
        }
    }

    private final BenchHttp http;
    private final CreditReversal card;
    private final LongSupplier clock;

    FirstCredits(BenchHttp http, CreditReversal card, LongSupplier clock) {
        this.http = http;
        this.card = card;
        this.clock = clock;
    }

    Timings run(int credits) throws IOException, InterruptedException {
        long started = clock.getAsLong();
        HttpAnswer stations = http.get("/api/v1/stations");
        double read = (clock.getAsLong() - started) / 1e6;
        if (!stations.isSuccess()) {
            throw Seeder.refused("listing the stations", stations);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < credits; i++) {
            long start = clock.getAsLong();
            HttpAnswer credit = card.credit(CreditReversal.key());
            millis.add((clock.getAsLong() - start) / 1e6);
            if (!credit.isSuccess()) {
                throw Seeder.refused("crediting card " + card.cardId(), credit);
            }
        }
        return new Timings(read, millis);
    }
}
