package org.pointsbank.api.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;

/** What the activity tests do through HTTP, so that they say only what matters to them. */
final class ActivityDesk {

    static final String PASSWORD = "activity-desk-pass-1";

    private final ApiClient admin;

    ActivityDesk(ApiClient admin) {
        this.admin = admin;
    }

    ApiClient staffOf(String station) {
        return user("STAFF", "\"stationIds\":[\"" + station + "\"]");
    }

    ApiClient volunteerOf(String card) {
        return user("VOLUNTEER", "\"cardId\":\"" + card + "\"");
    }

    private ApiClient user(String role, String scope) {
        String name =
                "act-" + role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\"," + scope
                        + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return admin.as(name, PASSWORD);
    }

    static ApiResponse plan(
            ApiClient client,
            String station,
            String kind,
            LocalDate date,
            String start,
            String end,
            Integer capacity,
            boolean selfCheckIn) {
        return client.post(
                "/api/v1/stations/" + station + "/activities",
                key(),
                "{\"kind\":\"" + kind + "\",\"title\":\"River bank clean-up\",\"date\":\"" + date
                        + "\",\"startTime\":\"" + start + "\",\"endTime\":\"" + end + "\""
                        + (capacity == null ? "" : ",\"capacity\":" + capacity) + ",\"selfCheckIn\":" + selfCheckIn
                        + "}");
    }

    /** Plans an activity and answers its id, failing the test if it is refused. */
    static String planned(
            ApiClient client,
            String station,
            String kind,
            LocalDate date,
            String start,
            String end,
            Integer capacity,
            boolean selfCheckIn) {
        ApiResponse response = plan(client, station, kind, date, start, end, capacity, selfCheckIn);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("activityId").asText();
    }

    static ApiResponse roster(ApiClient client, String activity, String... cards) {
        return client.post(
                "/api/v1/activities/" + activity + "/roster",
                key(),
                "{\"cardIds\":["
                        + List.of(cards).stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(","))
                        + "]}");
    }

    static ApiResponse checkInCard(ApiClient client, String activity, String card) {
        return client.post("/api/v1/activities/" + activity + "/check-ins", key(), "{\"cardId\":\"" + card + "\"}");
    }

    static ApiResponse checkOutCard(ApiClient client, String activity, String card) {
        return client.post("/api/v1/activities/" + activity + "/check-outs", key(), "{\"cardId\":\"" + card + "\"}");
    }

    static ApiResponse checkInCode(ApiClient client, String activity, String code) {
        return client.post("/api/v1/activities/" + activity + "/check-ins", key(), "{\"code\":\"" + code + "\"}");
    }

    static ApiResponse checkOutCode(ApiClient client, String activity, String code) {
        return client.post("/api/v1/activities/" + activity + "/check-outs", key(), "{\"code\":\"" + code + "\"}");
    }

    /** The activity's current check-in code, as its staff read it. */
    static String code(ApiClient staff, String activity) {
        ApiResponse response = staff.get("/api/v1/activities/" + activity + "/check-in-code");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("code").asText();
    }

    static ApiResponse close(ApiClient client, String activity, String key) {
        return client.post("/api/v1/activities/" + activity + "/close", key, "{}");
    }

    /** The roster line of {@code card} as {@code client} sees the activity. */
    static JsonNode line(ApiClient client, String activity, String card) {
        for (JsonNode line : client.get("/api/v1/activities/" + activity).json().get("roster")) {
            if (line.get("cardId").asText().equals(card)) {
                return line;
            }
        }
        throw new AssertionError("no roster line for " + card);
    }

    static String key() {
        return UUID.randomUUID().toString();
    }
}
