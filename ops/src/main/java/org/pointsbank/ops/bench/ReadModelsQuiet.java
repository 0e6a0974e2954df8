package org.pointsbank.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Waits until the read models have caught up ({@code GET /api/v1/admin/projections}: every one with lag 0), so
 * that a measured step does not share the machine with the projection of the step before. Gives up after
 * {@code timeout} (the measurement then goes on, and says so); a service that does not answer the list is not
 * waited for.
 */
final class ReadModelsQuiet {

    private final BenchHttp http;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private final Duration pollInterval;
    private final Duration timeout;

    ReadModelsQuiet(BenchHttp http, LongSupplier clock, Sleeper sleeper, Duration pollInterval, Duration timeout) {
        this.http = http;
        this.clock = clock;
        this.sleeper = sleeper;
        this.pollInterval = pollInterval;
        this.timeout = timeout;
    }

    /** True once every read model showed lag 0; false when {@code timeout} passed or the list was not served. */
    boolean await() throws IOException, InterruptedException {
        long started = clock.getAsLong();
        while (true) {
            HttpAnswer answer = http.get("/api/v1/admin/projections");
            if (answer.status() != 200) {
                return false;
            }
            if (caughtUp(answer.json())) {
                return true;
            }
            if (clock.getAsLong() - started > timeout.toNanos()) {
                return false;
            }
            sleeper.sleepUntil(clock.getAsLong() + pollInterval.toNanos());
        }
    }

    private static boolean caughtUp(JsonNode projections) {
        for (JsonNode projection : projections) {
            JsonNode lag = projection.path("lag");
            if (lag.isNumber() && lag.asLong() != 0) {
                return false;
            }
        }
        return true;
    }
}
