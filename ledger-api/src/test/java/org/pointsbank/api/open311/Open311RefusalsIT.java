package org.pointsbank.api.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import java.util.LinkedHashMap;
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
 * Open311 requests refused: a form the report would refuse (no grid cell, no or a malformed location, an unknown
 * category or cell, a cell without a handling station), a key-less browser form, a JSON body, and query parameters
 * outside the specification's. Refusals name the form's field and record nothing.
 */
class Open311RefusalsIT extends IntegrationTest {

    private static final String PASSWORD = "open311-password-2";

    private GridFixture grid;
    private ProblemAssertions problems;
    private String cell;
    private String volunteerName;
    private ApiClient volunteer;

    @BeforeEach
    void cityWithAVolunteer() {
        grid = new GridFixture(admin);
        problems = new ProblemAssertions(admin, ledger, jdbc);
        String station = ledger.station();
        cell = grid.unitUnder(station);
        volunteerName = "o311r-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"role\":\"VOLUNTEER\",\"cardId\":\"" + ledger.card(station) + "\",\"username\":\"" + volunteerName
                        + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        volunteer = admin.as(volunteerName, PASSWORD);
    }

    @Test
    void aFormTheReportWouldRefuseIsRefusedAndRecordsNothing() {
        String category = grid.category(5);
        String description = "refused " + UUID.randomUUID();
        Map<String, String> valid = Map.of(
                "service_code",
                category,
                "lat",
                "30.1",
                "long",
                "120.1",
                "description",
                description,
                "grid_cell_id",
                cell);
        Open311Client client = new Open311Client(volunteer);

        assertProblem(
                client.raw("/requests.json", without(valid, "grid_cell_id")), 400, "VALIDATION_FAILED", "grid_cell_id");
        assertProblem(
                client.raw("/requests.json", without(without(valid, "lat"), "long")), 400, "VALIDATION_FAILED", "lat");
        assertProblem(client.raw("/requests.json", with(valid, "lat", "1e2")), 400, "VALIDATION_FAILED", "lat");
        assertProblem(client.raw("/requests.json", with(valid, "long", "181")), 400, "VALIDATION_FAILED", "long");
        assertProblem(
                client.raw("/requests.json", without(valid, "description")), 400, "VALIDATION_FAILED", "description");
        // a form's fields are free text (2,000 characters), not parameters (255)
        assertProblem(
                client.raw("/requests.json", with(valid, "description", "x".repeat(2_001))),
                400,
                "VALIDATION_FAILED",
                "description");
        assertProblem(
                client.raw("/requests.json", with(valid, "service_code", "no-such")),
                404,
                "CATEGORY_NOT_FOUND",
                "service_code");
        assertProblem(
                client.raw("/requests.json", with(valid, "grid_cell_id", "no-such")),
                404,
                "GRID_CELL_NOT_FOUND",
                "grid_cell_id");
        String orphan = grid.cell("COUNTY", null, null);
        assertProblem(
                client.raw("/requests.json", with(valid, "grid_cell_id", orphan)),
                422,
                "NO_HANDLING_STATION",
                "grid_cell_id");
        // a browser's form (it sends Origin) must carry the key: what a forged cross-site form cannot
        assertProblem(
                client.raw("/requests.json", valid, Map.of("Origin", "https://evil.example")),
                400,
                "IDEMPOTENCY_KEY_REQUIRED",
                "Idempotency-Key");
        ApiResponse asJson =
                volunteer.post("/api/v1/open311/v2/requests.json", null, "{\"service_code\":\"" + category + "\"}");
        assertThat(asJson.status()).isEqualTo(415);

        assertThat(problems.eventsMentioning(description)).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM idempotency_record WHERE username = ?", Long.class, volunteerName))
                .isZero();
    }

    @Test
    void theQueryParametersAreCheckedAsTheSpecificationHasThem() {
        Open311Client client = new Open311Client(admin);
        assertProblem(client.rawGet("/requests.json?status=pending"), 400, "VALIDATION_FAILED", "status");
        assertProblem(client.rawGet("/requests.json?start_date=yesterday"), 400, "VALIDATION_FAILED", "start_date");
        assertProblem(
                client.rawGet("/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"),
                400,
                "VALIDATION_FAILED",
                "end_date");
        assertThat(client.rawGet("/requests.json?start_date=2020-01-01T00:00:00%2B08:00")
                        .status())
                .isEqualTo(200);
        assertThat(client.get("/requests.json?start_date=2020-01-01T00:00:00Z")).isEmpty();
    }

    private static Map<String, String> without(Map<String, String> form, String field) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.remove(field);
        return copy;
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.put(field, value);
        return copy;
    }
}
