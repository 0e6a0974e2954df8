package org.pointsbank.ops.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.pointsbank.ops.Durations;
import org.pointsbank.ops.OpsFailure;

/**
 * Closes an activity and times it, from before {@code POST /activities/{activityId}/close} to the {@code 200} that
 * tells each attendee's outcome. While the service answers {@code 202} (credits still being carried out after its
 * close wait, {@code status: "CLOSING"}), the same request is sent again with the same {@code Idempotency-Key}
 * every {@code pollInterval}, as the API asks, and the time runs to the first {@code 200}. Any other answer, or no
 * {@code 200} within {@code timeout}, is an {@link OpsFailure}.
 */
final class ActivityClose {

    private final ActivityApi api;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private final Duration pollInterval;
    private final Duration timeout;

    ActivityClose(ActivityApi api, LongSupplier clock, Sleeper sleeper, Duration pollInterval, Duration timeout) {
        this.api = api;
        this.clock = clock;
        this.sleeper = sleeper;
        this.pollInterval = pollInterval;
        this.timeout = timeout;
    }

    CloseOutcome close(String activityId) throws IOException, InterruptedException {
        String key = ActivityApi.key();
        long started = clock.getAsLong();
        HttpAnswer answer = api.close(activityId, key);
        long again = 0;
        while (answer.status() == 202) {
            if (clock.getAsLong() - started > timeout.toNanos()) {
                throw new OpsFailure(
                        "closing activity " + activityId + " still answered 202 after " + Durations.format(timeout)
                                + " (" + answer.json().path("pending").asText("?") + " pending)");
            }
            sleeper.sleepUntil(clock.getAsLong() + pollInterval.toNanos());
            answer = api.close(activityId, key);
            again++;
        }
        if (answer.status() != 200) {
            throw Seeder.refused("closing activity " + activityId, answer);
        }
        return CloseOutcome.of(answer.json(), clock.getAsLong() - started, again);
    }
}
