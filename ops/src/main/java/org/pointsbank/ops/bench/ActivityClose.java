package org.pointsbank.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.function.LongSupplier;
import org.pointsbank.ops.OpsFailure;

/**
 * Closes an activity and times it: from before {@code POST /activities/{activityId}/close} to its answer when that
 * is the {@code 200} with the outcome; when the service answers {@code 202} (a close still running), to the first
 * {@code GET /activities/{activityId}} (polled every {@code pollInterval}) that shows it {@code CLOSED} with every
 * roster line settled. Any other answer, or no end within {@code timeout}, is an {@link OpsFailure}.
 */
final class ActivityClose {

    static final String CLOSED = "CLOSED";
    private static final Set<String> UNSETTLED = Set.of("SIGNED_UP", "CHECKED_IN", "CHECKED_OUT");

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
        long started = clock.getAsLong();
        HttpAnswer answer = api.close(activityId, ActivityApi.key());
        if (answer.status() == 200) {
            return CloseOutcome.ofClose(answer.json(), clock.getAsLong() - started, 0);
        }
        if (answer.status() != 202) {
            throw Seeder.refused("closing activity " + activityId, answer);
        }
        for (long polls = 1; ; polls++) {
            sleeper.sleepUntil(clock.getAsLong() + pollInterval.toNanos());
            HttpAnswer poll = api.get(activityId);
            if (poll.status() != 200) {
                throw Seeder.refused("reading activity " + activityId + " while it closes", poll);
            }
            JsonNode activity = poll.json();
            if (settled(activity)) {
                return CloseOutcome.ofRoster(activity, clock.getAsLong() - started, polls);
            }
            if (clock.getAsLong() - started > timeout.toNanos()) {
                throw new OpsFailure("activity " + activityId + " was still closing after " + timeout.toSeconds()
                        + " s (status " + activity.path("status").asText("?") + ")");
            }
        }
    }

    private static boolean settled(JsonNode activity) {
        if (!CLOSED.equals(activity.path("status").asText())) {
            return false;
        }
        for (JsonNode line : activity.path("roster")) {
            if (UNSETTLED.contains(line.path("status").asText())) {
                return false;
            }
        }
        return true;
    }
}
