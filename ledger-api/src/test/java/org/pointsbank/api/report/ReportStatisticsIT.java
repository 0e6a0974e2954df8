package org.pointsbank.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The month's figures through HTTP on a two-level grid: a county handled by one station and two streets below it.
 * A street counts its own reports, the county both streets', the station every report it handles. (The statistics'
 * oracle over hundreds of random reports is the read model's own test.)
 */
class ReportStatisticsIT extends IntegrationTest {

    @Autowired
    private CommandGateway gateway;

    @Test
    void aCellsFiguresRollUpTheCellsBelowIt() {
        // noon of today: the reports and the month asked for are one month, whatever the time the test runs
        clock.travelTo(clock.today());
        ReportFixture reports = new ReportFixture(admin, gateway);
        String station = ledger.station();
        String card = ledger.card(station);
        String category = reports.category(2);
        String county = reports.county(station);
        String east = reports.cell("STREET", county, null);
        String west = reports.cell("STREET", county, null);
        ApiClient resolver = reports.staff(station);
        ApiClient verifier = reports.staff(station);

        String rejected = reports.submitted(admin, card, category, east);
        reports.stepped(resolver, rejected, "rejection", "{\"reason\":\"private courtyard\"}");
        String verified = reports.submitted(admin, card, category, east);
        reports.resolved(resolver, verified);
        assertThat(reports.verify(verifier, verified, "CONFIRMED").status()).isEqualTo(200);
        String overdue = reports.submitted(admin, card, category, west);
        reports.accept(resolver, overdue);
        reports.stepped(
                resolver,
                overdue,
                "dispatch",
                "{\"assignee\":\"team 1\",\"dueBy\":\"" + clock.instant().minusSeconds(3600) + "\"}");
        String duplicate = reports.submitted(admin, card, category, west);
        reports.stepped(resolver, duplicate, "duplicate", "{\"ofReportId\":\"" + overdue + "\"}");
        reports.awaitStatus(admin, duplicate, "DUPLICATE");

        String period = YearMonth.now(clock).toString();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertFigures(statistics(period, "gridCellId=" + east), 2, 1, 1, 0, 1, 1, 0, 0);
            assertFigures(statistics(period, "gridCellId=" + west), 2, 1, 0, 1, 0, 0, 1, 1);
            assertFigures(statistics(period, "gridCellId=" + county), 4, 2, 1, 1, 1, 1, 1, 1);
            assertFigures(statistics(period, "stationId=" + station), 4, 2, 1, 1, 1, 1, 1, 1);
        });
        JsonNode east0 = statistics(period, "gridCellId=" + east);
        assertThat(east0.path("medianHoursToResolve").asDouble()).isBetween(0.0, 1.0);
        assertThat(statistics(period, "gridCellId=" + west).has("medianHoursToResolve"))
                .as("nothing resolved in the west street")
                .isFalse();
        assertFigures(
                statistics(YearMonth.now(clock).minusMonths(1).toString(), "gridCellId=" + county),
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0);

        assertProblem(admin.get("/api/v1/reports/statistics?period=2026-13"), 400, "INVALID_PERIOD", "period");
        assertProblem(admin.get("/api/v1/reports/statistics"), 400, "VALIDATION_FAILED", "period");
        assertProblem(
                admin.get("/api/v1/reports/statistics?period=" + period + "&gridCellId=no-such-cell"),
                404,
                "GRID_CELL_NOT_FOUND",
                "gridCellId");
    }

    private JsonNode statistics(String period, String filter) {
        var response = admin.get("/api/v1/reports/statistics?period=" + period + "&" + filter);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static void assertFigures(
            JsonNode figures,
            long reported,
            long accepted,
            long rejected,
            long duplicates,
            long resolved,
            long verified,
            long open,
            long overdue) {
        Map<String, Long> expected = Map.of(
                "reported", reported,
                "accepted", accepted,
                "rejected", rejected,
                "duplicates", duplicates,
                "resolved", resolved,
                "verified", verified,
                "open", open,
                "overdue", overdue);
        expected.forEach((name, value) -> assertThat(figures.path(name).asLong())
                .as(name + " in " + figures)
                .isEqualTo(value));
    }
}
