package org.pointsbank.ops.bench;

import java.io.IOException;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.pointsbank.ops.OpsFailure;

/**
 * Closes a month as an admin, {@code POST /api/v1/periods/{YYYY-MM}/close} with the default standings, and times
 * it. {@code 201} is a close; {@code 409 PERIOD_ALREADY_CLOSED} counts as closed (a reused card's months were
 * closed by an earlier run). A {@code 429} (another whole-log scan running) is sent again with the same
 * {@code Idempotency-Key} after a second, at most {@value #MAX_ATTEMPTS} times; any other answer fails.
 */
final class PeriodCloser {

    static final String ALREADY_CLOSED = "PERIOD_ALREADY_CLOSED";
    static final int MAX_ATTEMPTS = 60;

    /** A month's close: whether this run closed it (else it was closed before) and how long the request took. */
    record Closed(YearMonth month, boolean now, long nanos) {

        double millis() {
            return nanos / 1e6;
        }
    }

    private final BenchHttp http;
    private final LongSupplier clock;

    PeriodCloser(BenchHttp http, LongSupplier clock) {
        this.http = http;
        this.clock = clock;
    }

    Closed close(YearMonth month) throws IOException, InterruptedException {
        String key = "bench-deep-close-" + UUID.randomUUID();
        long started = clock.getAsLong();
        for (int attempt = 1; ; attempt++) {
            HttpAnswer answer = http.post("/api/v1/periods/" + month + "/close", "{}", key);
            if (answer.status() == 201) {
                return new Closed(month, true, clock.getAsLong() - started);
            }
            if (answer.status() == 409 && ALREADY_CLOSED.equals(answer.code())) {
                return new Closed(month, false, clock.getAsLong() - started);
            }
            if (answer.status() != 429 || attempt == MAX_ATTEMPTS) {
                throw new OpsFailure(
                        Seeder.refused("closing month " + month, answer).getMessage()
                                + (attempt > 1 ? " (" + attempt + " times)" : ""));
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }
}
