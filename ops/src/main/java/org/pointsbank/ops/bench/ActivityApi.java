package org.pointsbank.ops.bench;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pointsbank.ops.OpsFailure;

/**
 * The activity requests of the API contract ("Activities and attendance"), as the bench sends them: every
 * {@code POST} with a fresh {@code Idempotency-Key} unless one is given. Answers are returned as they came;
 * {@link #plan} and {@link #checkInCode} throw when refused, having nothing to go on without their answer.
 */
final class ActivityApi {

    static final String PATH = "/api/v1/activities/";

    /** A check-in code and when it stops being the current one. */
    record CheckInCode(String code, Instant expiresAt) {}

    private final BenchHttp http;

    ActivityApi(BenchHttp http) {
        this.http = http;
    }

    /** {@code POST /stations/{stationId}/activities}: the new activity's id. */
    String plan(String stationId, String title, ActivityWindow window, int capacity)
            throws IOException, InterruptedException {
        String body = "{\"kind\":\"VOLUNTEER\",\"title\":" + JsonText.quote(title) + "," + window.json()
                + ",\"capacity\":" + capacity + ",\"selfCheckIn\":true}";
        HttpAnswer answer = http.post("/api/v1/stations/" + stationId + "/activities", body, key());
        String activityId =
                answer.status() == 201 ? answer.json().path("activityId").asText("") : "";
        if (activityId.isEmpty()) {
            throw Seeder.refused("planning an activity at " + stationId, answer);
        }
        return activityId;
    }

    /** Staff check a card in (as by scanning its QR code). */
    HttpAnswer checkIn(String activityId, String cardId) throws IOException, InterruptedException {
        return http.post(PATH + activityId + "/check-ins", cardBody(cardId), key());
    }

    /** A volunteer checks their own card in with the activity's current code. */
    HttpAnswer checkInWithCode(String activityId, String code) throws IOException, InterruptedException {
        return http.post(PATH + activityId + "/check-ins", "{\"code\":" + JsonText.quote(code) + "}", key());
    }

    HttpAnswer checkOut(String activityId, String cardId) throws IOException, InterruptedException {
        return http.post(PATH + activityId + "/check-outs", cardBody(cardId), key());
    }

    /** Attendance taken on paper: {@code minutes} for each card. */
    HttpAnswer attendance(String activityId, List<String> cardIds, long minutes)
            throws IOException, InterruptedException {
        String entries = cardIds.stream()
                .map(cardId -> "{\"cardId\":" + JsonText.quote(cardId) + ",\"minutes\":" + minutes + "}")
                .collect(Collectors.joining(","));
        return http.post(PATH + activityId + "/attendance", "{\"entries\":[" + entries + "]}", key());
    }

    /** No body; sent again with the same key while it answers 202. */
    HttpAnswer close(String activityId, String idempotencyKey) throws IOException, InterruptedException {
        return http.post(PATH + activityId + "/close", null, idempotencyKey);
    }

    HttpAnswer get(String activityId) throws IOException, InterruptedException {
        return http.get(PATH + activityId);
    }

    HttpAnswer cancel(String activityId) throws IOException, InterruptedException {
        return http.post(PATH + activityId + "/cancellation", "{\"reason\":\"bench\"}", key());
    }

    /** {@code GET /activities/{activityId}/check-in-code} as staff: {@code {code, expiresAt}}. */
    CheckInCode checkInCode(String activityId) throws IOException, InterruptedException {
        HttpAnswer answer = http.get(PATH + activityId + "/check-in-code");
        if (answer.status() != 200) {
            throw Seeder.refused("reading the check-in code of activity " + activityId, answer);
        }
        String code = answer.json().path("code").asText("");
        try {
            Instant expiresAt = Instant.parse(answer.json().path("expiresAt").asText(""));
            if (!code.isEmpty()) {
                return new CheckInCode(code, expiresAt);
            }
        } catch (DateTimeException unreadable) {
            // reported below
        }
        throw new OpsFailure("the check-in code of activity " + activityId + " answered without {code, expiresAt}: "
                + answer.detail());
    }

    static String key() {
        return "bench-activity-" + UUID.randomUUID();
    }

    private static String cardBody(String cardId) {
        return "{\"cardId\":" + JsonText.quote(cardId) + "}";
    }
}
