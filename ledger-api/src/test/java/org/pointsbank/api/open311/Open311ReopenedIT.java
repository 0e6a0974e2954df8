package org.pointsbank.api.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.ProblemAssertions;
import org.pointsbank.api.report.ReportFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report that a verification found not fixed is open again: Open311's {@code status_notes} is the reopening's note
 * (or "reopened: not fixed" when it carried none), and {@code GET /reports/{id}} shows no resolution until the next
 * one, never the feedback of the resolution it undid.
 */
class Open311ReopenedIT extends IntegrationTest {

    @Autowired
    private CommandGateway gateway;

    @Test
    void aReopenedReportShowsTheReopeningNotTheOldFeedback() {
        ReportFixture reports = new ReportFixture(admin, gateway);
        String station = ledger.station();
        String card = ledger.card(station);
        String category = reports.category(5);
        String cell = reports.county(station);
        ApiClient resolver = reports.staff(station);
        ApiClient verifier = reports.staff(station);

        String silent = reports.submitted(admin, card, category, cell);
        reports.resolved(resolver, silent);
        assertThat(reports.verify(verifier, silent, "NOT_FIXED").status()).isEqualTo(200);
        String noted = reports.submitted(admin, card, category, cell);
        reports.resolved(resolver, noted);
        reports.stepped(verifier, noted, "verification", "{\"verdict\":\"NOT_FIXED\",\"note\":\"still loose\"}");

        assertThat(awaitNotes(silent)).isEqualTo("reopened: not fixed");
        assertThat(awaitNotes(noted)).isEqualTo("still loose");
        JsonNode read = reports.awaitStatus(admin, silent, "ACCEPTED");
        assertThat(read.has("feedback")).as(read.toString()).isFalse();
        assertThat(read.has("outcome")).as(read.toString()).isFalse();
        assertThat(read.has("resolvedAt")).as(read.toString()).isFalse();
        assertThat(read.toString()).as("the old feedback stays in the timeline").contains("cover replaced");

        reports.resolve(resolver, silent, "FIXED");
        JsonNode resolved = reports.awaitStatus(admin, silent, "RESOLVED");
        assertThat(resolved.path("feedback").asText()).isEqualTo("cover replaced");
        assertThat(resolved.path("outcome").asText()).isEqualTo("FIXED");
    }

    @Test
    void theWindowsStatusAndServiceFiltersAreTheReadModels() {
        ReportFixture reports = new ReportFixture(admin, gateway);
        String station = ledger.station();
        String card = ledger.card(station);
        String wanted = reports.category(5);
        String other = reports.category(5);
        String cell = reports.county(station);
        ApiClient staff = reports.staff(station);
        String open = reports.submitted(admin, card, wanted, cell);
        String closed = reports.submitted(admin, card, wanted, cell);
        reports.stepped(staff, closed, "rejection", "{\"reason\":\"private courtyard\"}");
        String otherService = reports.submitted(admin, card, other, cell);
        reports.awaitStatus(admin, closed, "REJECTED");
        reports.awaitStatus(admin, otherService, "SUBMITTED");

        Open311Client client = new Open311Client(staff);
        assertThat(client.get("/requests.json?status=closed&service_code=" + wanted)
                        .findValuesAsText("service_request_id"))
                .containsExactly(closed);
        assertThat(client.get("/requests.json?status=open&service_code=" + wanted + "," + other)
                        .findValuesAsText("service_request_id"))
                .containsExactly(otherService, open);
        JsonNode both = client.get("/requests.json?service_code=" + wanted);
        assertThat(both.findValuesAsText("service_request_id")).containsExactly(closed, open);
        assertThat(both.get(0).path("status_notes").asText()).isEqualTo("private courtyard");
    }

    private String awaitNotes(String reportId) {
        String[] notes = new String[1];
        await().atMost(ProblemAssertions.PROJECTION_WAIT).untilAsserted(() -> {
            JsonNode one = new Open311Client(admin).get("/requests/" + reportId + ".json");
            assertThat(one.get(0).path("status").asText()).isEqualTo("open");
            assertThat(one.get(0).path("status_notes").asText())
                    .as(one.toString())
                    .isNotEqualTo("cover replaced")
                    .isNotEmpty();
            notes[0] = one.get(0).path("status_notes").asText();
        });
        return notes[0];
    }
}
