package org.pointsbank.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every refusal of a submission and of a step, with its code and field; a refused request records nothing. */
class ReportRefusalsIT extends IntegrationTest {

    @Autowired
    private CommandGateway gateway;

    private ReportFixture reports;
    private String station;
    private String card;
    private String category;
    private String cell;
    private long reportEventsBefore;

    @BeforeEach
    void aGrid() {
        reports = new ReportFixture(admin, gateway);
        station = ledger.station();
        card = ledger.card(station);
        category = reports.category(3);
        cell = reports.county(station);
        reportEventsBefore = reportEvents();
    }

    @Test
    void unknownOrUnusableTermsAreRefusedWithTheirCodes() {
        assertProblem(reports.submit(admin, UUID.randomUUID().toString(), category, cell), 404, "CARD_NOT_FOUND", null);
        assertProblem(reports.submit(admin, card, "no-such-category", cell), 404, "CATEGORY_NOT_FOUND", "categoryCode");
        assertProblem(reports.submit(admin, card, category, "no-such-cell"), 404, "GRID_CELL_NOT_FOUND", "gridCellId");
        assertProblem(reports.submit(admin, card, category, card), 404, "GRID_CELL_NOT_FOUND", "gridCellId");
        String unhandled = reports.cell("STREET", reports.county(null), null);
        assertProblem(reports.submit(admin, card, category, unhandled), 422, "NO_HANDLING_STATION", "gridCellId");
        String retired = reports.category(3);
        reports.retire(retired);
        assertProblem(reports.submit(admin, card, retired, cell), 422, "CATEGORY_RETIRED", "categoryCode");
        assertThat(reportEvents()).as("nothing recorded").isEqualTo(reportEventsBefore);
    }

    @Test
    void invalidFieldsAreValidationFailuresNamingTheField() {
        String base = ReportFixture.submitBody(card, category, cell);
        assertInvalid(base.replace("\"drain cover broken outside no. 12\"", "\"\""), "description");
        assertInvalid(base.replace("drain cover broken outside no. 12", "x".repeat(2001)), "description");
        assertInvalid(base.replace("drain cover broken", "drain\\u0000cover"), "description");
        assertInvalid(base.replace("\"lat\":30.27", "\"lat\":90.5"), "location.lat");
        assertInvalid(base.replace("\"lon\":120.15", "\"lon\":-180.01"), "location.lon");
        assertInvalid(base.replace("12 Wensan Road", "a".repeat(501)), "address");
        assertInvalid(base.replace("\"address\"", "\"adress\""), "adress");
        assertProblem(admin.post(ReportFixture.REPORTS, null, base), 400, "IDEMPOTENCY_KEY_REQUIRED", null);
        assertThat(reportEvents()).isEqualTo(reportEventsBefore);
    }

    @Test
    void whoMayNotSubmitIsToldAsForAnUnknownCard() {
        ApiClient otherStaff = reports.staff(ledger.station());
        assertProblem(reports.submit(otherStaff, card, category, cell), 404, "CARD_NOT_FOUND", null);
        ApiClient otherVolunteer = reports.volunteer(ledger.card(station));
        assertProblem(reports.submit(otherVolunteer, card, category, cell), 404, "CARD_NOT_FOUND", null);
        assertProblem(reports.submit(reports.auditor(), card, category, cell), 403, "FORBIDDEN", null);
        assertThat(reports.submit(reports.staff(station), card, category, cell).status())
                .as("staff of the card's station, on the holder's behalf")
                .isEqualTo(201);
    }

    @Test
    void stepsOutOfOrderAreStateConflictsAndBadStepsAreRefused() {
        String reportId = reports.submitted(admin, card, category, cell);
        ApiClient staff = reports.staff(station);
        assertProblem(
                reports.step(staff, reportId, "dispatch", "{\"assignee\":\"team\"}"),
                409,
                "REPORT_STATE_CONFLICT",
                null);
        assertProblem(reports.verify(staff, reportId, "CONFIRMED"), 409, "REPORT_STATE_CONFLICT", null);
        assertProblem(
                reports.step(staff, reportId, "resolution", "{\"outcome\":\"MAYBE\",\"feedback\":\"x\"}"),
                400,
                "VALIDATION_FAILED",
                null);
        assertProblem(
                reports.step(staff, reportId, "verification", "{\"verdict\":\"PERHAPS\"}"),
                400,
                "VALIDATION_FAILED",
                null);
        assertProblem(reports.step(staff, reportId, "rejection", "{}"), 400, "VALIDATION_FAILED", null);
        assertProblem(
                reports.step(
                        staff, reportId, "dispatch", "{\"assignee\":\"team\",\"dueBy\":\"+12000-01-01T00:00:00Z\"}"),
                400,
                "VALIDATION_FAILED",
                null);
        assertProblem(
                reports.step(staff, UUID.randomUUID().toString(), "acceptance", "{}"), 404, "REPORT_NOT_FOUND", null);
        assertProblem(reports.step(staff, card, "acceptance", "{}"), 404, "REPORT_NOT_FOUND", null);
        assertThat(reports.accept(staff, reportId).path("status").asText()).isEqualTo("ACCEPTED");
        assertProblem(reports.step(staff, reportId, "acceptance", "{}"), 409, "REPORT_STATE_CONFLICT", null);
    }

    private void assertInvalid(String body, String field) {
        var response = admin.post(ReportFixture.REPORTS, key(), body);
        assertThat(response.status())
                .as(body.length() > 300 ? field : body + " → " + response)
                .isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.body()).as(response.toString()).contains("\"" + field + "\"");
    }

    private long reportEvents() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ?", Long.class, "%ReportSubmitted");
    }
}
