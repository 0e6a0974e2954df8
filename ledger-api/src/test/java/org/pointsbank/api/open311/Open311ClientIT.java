package org.pointsbank.api.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.ProblemAssertions;
import org.pointsbank.api.grid.GridFixture;

/**
 * The Open311 endpoints read as an Open311 GeoReport v2 client reads them ({@link Open311Client}: a plain HTTP
 * client posting a form without an Idempotency-Key and reading JSON by the specification's field names): the
 * services are the open categories, and a request filed by the form is listed with its {@code status} and
 * {@code status_notes} as the report is accepted, dispatched, resolved and verified (or rejected) through the
 * reports' own endpoints.
 */
class Open311ClientIT extends IntegrationTest {

    private static final String PASSWORD = "open311-password-1";
    private static final String ISO_8601_WITH_OFFSET = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})";

    private GridFixture grid;
    private ProblemAssertions problems;
    private String station;
    private String cell;
    private String card;
    private ApiClient volunteer;
    private ApiClient staff;

    @BeforeEach
    void cityWithAStationAndAVolunteer() {
        grid = new GridFixture(admin);
        problems = new ProblemAssertions(admin, ledger, jdbc);
        station = ledger.station();
        cell = grid.unitUnder(station);
        card = ledger.card(station);
        volunteer = user("{\"role\":\"VOLUNTEER\",\"cardId\":\"" + card + "\"");
        staff = staffOf(station);
    }

    @Test
    void servicesAreTheCategoriesThatTakeReports() {
        String open = grid.category(6);
        String retired = grid.category(3);
        assertThat(admin.post("/api/v1/report-categories/" + retired + "/retirement", key(), null)
                        .status())
                .isEqualTo(200);

        await().atMost(ProblemAssertions.PROJECTION_WAIT).untilAsserted(() -> {
            JsonNode services = client(volunteer).get("/services.json");
            JsonNode service = byField(services, "service_code", open);
            assertThat(service).as(services.toString()).isNotNull();
            assertThat(service.get("service_name").asText()).isEqualTo("Category " + open);
            assertThat(service.get("description").asText()).isEqualTo("a problem seen in the street");
            assertThat(service.get("metadata").asBoolean()).isFalse();
            assertThat(service.get("type").asText()).isEqualTo("realtime");
            assertThat(service.has("keywords")).isTrue();
            assertThat(service.has("group")).isTrue();
            assertThat(byField(services, "service_code", retired)).isNull();
        });
    }

    @Test
    void aRequestFiledByFormIsListedWithItsStatusAsTheReportMoves() {
        String category = grid.category(8);
        String description = "drain cover missing " + UUID.randomUUID();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("service_code", category);
        form.put("lat", "30.2741");
        form.put("long", "120.1551");
        form.put("address_string", "12 Lingyin Road");
        form.put("description", description + " " + "long text ".repeat(100)); // past a parameter's 255
        form.put("grid_cell_id", cell);
        form.put("email", "someone@example.com"); // a field of the specification this service does not keep

        Open311Client.Answer filed = client(volunteer).post("/requests.json", form);
        Open311Client.Answer again = client(volunteer).post("/requests.json", form);

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.json().get(0).get("service_request_id").asText();
        assertThat(filed.json().get(0).get("service_notice").asText()).contains("Station " + station);
        assertThat(filed.json().get(0).has("account_id")).isFalse();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get(0).get("service_request_id").asText())
                .as("a client's retry of the same form records once")
                .isEqualTo(id);
        assertThat(problems.eventsMentioning(description)).isEqualTo(1);
        assertThat(problems.eventsMentioning("someone@example.com")).isZero();

        JsonNode submitted = awaitRequest(id, "open", null);
        assertThat(submitted.get("service_code").asText()).isEqualTo(category);
        assertThat(submitted.get("service_name").asText()).isEqualTo("Category " + category);
        assertThat(submitted.get("description").asText())
                .startsWith(description)
                .hasSize(description.length() + 1001);
        assertThat(submitted.get("agency_responsible").asText()).isEqualTo("Station " + station);
        assertThat(submitted.get("address").asText()).isEqualTo("12 Lingyin Road");
        assertThat(submitted.get("lat").asDouble()).isEqualTo(30.2741);
        assertThat(submitted.get("long").asDouble()).isEqualTo(120.1551);
        assertThat(submitted.get("requested_datetime").asText()).matches(ISO_8601_WITH_OFFSET);
        assertThat(submitted.get("updated_datetime").asText()).matches(ISO_8601_WITH_OFFSET);
        assertThat(OffsetDateTime.parse(submitted.get("requested_datetime").asText())
                        .toInstant())
                .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(5, ChronoUnit.MINUTES));
        assertThat(submitted.toString()).doesNotContain(card);
        assertNoUserNamesIn(submitted);
        assertThat(listed(client(volunteer), "status=open&service_code=" + category))
                .containsExactly(id);

        step(staff, id, "acceptance", "{\"note\":\"seen, thank you\"}");
        Instant due = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        step(staff, id, "dispatch", "{\"assignee\":\"road team 3\",\"dueBy\":\"" + due + "\"}");
        JsonNode dispatched = awaitRequest(id, "open", null);
        assertThat(OffsetDateTime.parse(dispatched.get("expected_datetime").asText())
                        .toInstant())
                .isEqualTo(due);
        assertThat(dispatched.toString()).doesNotContain("road team 3");

        step(staff, id, "resolution", "{\"outcome\":\"FIXED\",\"feedback\":\"the cover is replaced\"}");
        awaitRequest(id, "open", "the cover is replaced");
        step(staffOf(station), id, "verification", "{\"verdict\":\"CONFIRMED\"}");

        JsonNode verified = awaitRequest(id, "closed", "the cover is replaced");
        assertThat(verified.toString()).doesNotContain(card);
        assertNoUserNamesIn(verified);
        assertThat(listed(client(volunteer), "status=closed")).contains(id);
        assertThat(listed(client(volunteer), "status=open")).doesNotContain(id);
        assertThat(listed(client(admin), "service_request_id=" + id + ",no-such-request"))
                .containsExactly(id);
    }

    @Test
    void staffFileOnTheHoldersBehalfAndARejectionClosesTheRequestWithItsReason() {
        String category = grid.category(5);
        Map<String, String> form = Map.of(
                "service_code", category,
                "address_string", "the corner of Baidi Road",
                "description", "fire lane blocked",
                "account_id", card,
                "grid_cell_id", cell);

        Open311Client.Answer filed = client(staff).post("/requests.json", form);

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.json().get(0).get("service_request_id").asText();
        step(staff, id, "rejection", "{\"reason\":\"not a public lane\"}");
        JsonNode rejected = awaitRequest(id, "closed", "not a public lane");
        assertThat(rejected.has("lat")).isFalse();
        // the volunteer reads the report filed on their card; another volunteer does not
        assertThat(client(volunteer)
                        .get("/requests/" + id + ".json")
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("closed");
        ApiClient other = user("{\"role\":\"VOLUNTEER\",\"cardId\":\"" + ledger.card(station) + "\"");
        assertThat(listed(client(other), "service_request_id=" + id)).isEmpty();
        assertProblem(other.get("/api/v1/open311/v2/requests/" + id + ".json"), 404, "REPORT_NOT_FOUND", null);
    }

    /** Every user this test made, in order: the first is the volunteer of the card, the second its staff. */
    private final List<String> users = new java.util.ArrayList<>();

    private ApiClient staffOf(String stationId) {
        return user("{\"role\":\"STAFF\",\"stationIds\":[\"" + stationId + "\"]");
    }

    private ApiClient user(String scopeJson) {
        String name = "o311-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                scopeJson + ",\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        users.add(name);
        return admin.as(name, PASSWORD);
    }

    /** No user name of this test appears in {@code json}. */
    private void assertNoUserNamesIn(JsonNode json) {
        users.forEach(name -> assertThat(json.toString()).doesNotContain(name));
    }

    private Open311Client client(ApiClient signedIn) {
        return new Open311Client(signedIn);
    }

    private void step(ApiClient as, String reportId, String step, String body) {
        ApiResponse response = as.post("/api/v1/reports/" + reportId + "/" + step, key(), body);
        assertThat(response.status()).as(step + " " + response).isEqualTo(200);
    }

    /** The request as the volunteer's Open311 client reads it, once it shows {@code status} and {@code notes}. */
    private JsonNode awaitRequest(String id, String status, String notes) {
        JsonNode[] seen = new JsonNode[1];
        await().atMost(ProblemAssertions.PROJECTION_WAIT).untilAsserted(() -> {
            JsonNode one = client(volunteer).get("/requests/" + id + ".json");
            assertThat(one).hasSize(1);
            assertThat(one.get(0).get("service_request_id").asText()).isEqualTo(id);
            assertThat(one.get(0).get("status").asText()).as(one.toString()).isEqualTo(status);
            if (notes != null) {
                assertThat(one.get(0).path("status_notes").asText())
                        .as(one.toString())
                        .isEqualTo(notes);
            }
            seen[0] = one.get(0);
        });
        return seen[0];
    }

    private static List<String> listed(Open311Client client, String query) {
        return client.get("/requests.json?" + query).findValuesAsText("service_request_id");
    }

    private static JsonNode byField(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        return null;
    }
}
