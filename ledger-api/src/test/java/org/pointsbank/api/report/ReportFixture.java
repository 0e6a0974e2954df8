package org.pointsbank.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.http.CommandMetadata;
import org.pointsbank.core.category.api.AddReportCategory;
import org.pointsbank.core.category.api.RetireReportCategory;
import org.pointsbank.core.grid.api.AddGridCell;
import org.pointsbank.core.grid.api.GridLevel;

/**
 * Drives problem reports through the API so tests say only what matters to them: grid cells and categories (as the
 * admin, through the command gateway), staff and volunteer accounts, a report's submission and each step of its lifecycle. Public for the photo
 * and Open311 tests.
 */
public final class ReportFixture {

    public static final String PASSWORD = "report-password-1";
    public static final String REPORTS = "/api/v1/reports";
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(15);

    private final ApiClient admin;
    private final CommandGateway gateway;

    public ReportFixture(ApiClient admin, CommandGateway gateway) {
        this.admin = admin;
        this.gateway = gateway;
    }

    /** A county handled by {@code stationId} (null: none). */
    public String county(String stationId) {
        return cell(GridLevel.COUNTY, null, stationId);
    }

    /** A cell at {@code level} under {@code parentId}, handled by {@code stationId} (null: its parent's). */
    public String cell(String level, String parentId, String stationId) {
        return cell(GridLevel.valueOf(level), parentId, stationId);
    }

    private String cell(GridLevel level, String parentId, String stationId) {
        String id = "gc-" + UUID.randomUUID().toString().substring(0, 8);
        send(new AddGridCell(id, "Cell " + id, level, parentId, level.parentLevel(), stationId));
        return id;
    }

    /** A category of the catalogue whose verified reports earn {@code points}. */
    public String category(int points) {
        String code = "cat-" + UUID.randomUUID().toString().substring(0, 8);
        send(new AddReportCategory(code, "Broken drain cover", points, null));
        return code;
    }

    public void retire(String category) {
        send(new RetireReportCategory(category));
    }

    /**
     * The grid and the catalogue are set up through the command gateway, as the admin: their own endpoints are the
     * grid's and the catalogue's to test, and a report needs only that the log holds them.
     */
    private void send(Object command) {
        gateway.sendAndWait(new GenericCommandMessage<>(command)
                .andMetaData(CommandMetadata.of("admin", "report-fixture-" + UUID.randomUUID(), null)));
    }

    /** A new staff member of {@code stationId}, signed in. */
    public ApiClient staff(String stationId) {
        return user("{\"role\":\"STAFF\",\"stationIds\":[\"" + stationId + "\"]", "staff");
    }

    /** A new volunteer account holding {@code cardId}, signed in. */
    public ApiClient volunteer(String cardId) {
        return user("{\"role\":\"VOLUNTEER\",\"cardId\":\"" + cardId + "\"", "vol");
    }

    public ApiClient auditor() {
        return user("{\"role\":\"AUDITOR\"", "aud");
    }

    private ApiClient user(String scopeJson, String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                UUID.randomUUID().toString(),
                scopeJson + ",\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return admin.as(name, PASSWORD);
    }

    public static String submitBody(String cardId, String category, String cell) {
        return "{\"categoryCode\":\"" + category + "\",\"gridCellId\":\"" + cell
                + "\",\"description\":\"drain cover broken outside no. 12\",\"cardId\":\"" + cardId
                + "\",\"location\":{\"lat\":30.27,\"lon\":120.15},\"address\":\"12 Wensan Road\"}";
    }

    public ApiResponse submit(ApiClient as, String cardId, String category, String cell) {
        return as.post(REPORTS, UUID.randomUUID().toString(), submitBody(cardId, category, cell));
    }

    /** Submits and answers the report's id, failing the test if it is refused. */
    public String submitted(ApiClient as, String cardId, String category, String cell) {
        ApiResponse response = submit(as, cardId, category, cell);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("reportId").asText();
    }

    /** {@code step}: acceptance, rejection, duplicate, dispatch, resolution or verification. */
    public ApiResponse step(ApiClient as, String reportId, String step, String body) {
        return as.post(REPORTS + "/" + reportId + "/" + step, UUID.randomUUID().toString(), body);
    }

    /** As {@link #step}, failing the test unless it is answered 200. */
    public JsonNode stepped(ApiClient as, String reportId, String step, String body) {
        ApiResponse response = step(as, reportId, step, body);
        assertThat(response.status()).as(step + " " + response).isEqualTo(200);
        return response.json();
    }

    public JsonNode accept(ApiClient as, String reportId) {
        return stepped(as, reportId, "acceptance", "{\"note\":\"seen, thank you\"}");
    }

    public JsonNode dispatch(ApiClient as, String reportId) {
        return stepped(as, reportId, "dispatch", "{\"assignee\":\"road maintenance team 3\"}");
    }

    public JsonNode resolve(ApiClient as, String reportId, String outcome) {
        return stepped(as, reportId, "resolution", "{\"outcome\":\"" + outcome + "\",\"feedback\":\"cover replaced\"}");
    }

    public ApiResponse verify(ApiClient as, String reportId, String verdict) {
        return step(as, reportId, "verification", "{\"verdict\":\"" + verdict + "\"}");
    }

    /** Accepted, dispatched and resolved {@code FIXED} by {@code resolver}: ready for another to verify. */
    public void resolved(ApiClient resolver, String reportId) {
        accept(resolver, reportId);
        dispatch(resolver, reportId);
        resolve(resolver, reportId, "FIXED");
    }

    /** The report as {@code as} reads it, once the read model shows it in {@code status}. */
    public JsonNode awaitStatus(ApiClient as, String reportId, String status) {
        JsonNode[] seen = new JsonNode[1];
        await().atMost(READ_MODEL_WAIT).untilAsserted(() -> {
            ApiResponse read = as.get(REPORTS + "/" + reportId);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.json().path("status").asText()).as(read.toString()).isEqualTo(status);
            seen[0] = read.json();
        });
        return seen[0];
    }
}
