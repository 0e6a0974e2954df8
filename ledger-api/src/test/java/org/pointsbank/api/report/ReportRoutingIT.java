package org.pointsbank.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A report goes to the station of its grid cell, not of its card: that station handles it and pays its reward. */
class ReportRoutingIT extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    private CommandGateway gateway;

    private ReportFixture reports;
    private String station;
    private String card;
    private String category;

    @Test
    void aReportGoesToTheCellsStationWhateverTheCardsStationAndItsRewardIsEarnedThere() {
        reports = new ReportFixture(admin, gateway);
        station = ledger.station();
        card = ledger.card(station);
        category = reports.category(8);
        String handling = ledger.station();
        String elsewhere = reports.cell("STREET", reports.county(handling), null);
        ApiClient cardStaff = reports.staff(station);
        ApiClient handlingStaff = reports.staff(handling);
        ApiResponse submitted = reports.submit(cardStaff, card, category, elsewhere);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(submitted.json().path("stationId").asText()).isEqualTo(handling);
        String reportId = submitted.json().path("reportId").asText();

        assertProblem(reports.step(cardStaff, reportId, "acceptance", "{}"), 403, "WRONG_STATION", null);
        reports.resolved(handlingStaff, reportId);
        ApiResponse verified = reports.verify(reports.staff(handling), reportId, "CONFIRMED");
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(reports.awaitStatus(cardStaff, reportId, "VERIFIED")
                        .path("stationId")
                        .asText())
                .as("the card's staff read it")
                .isEqualTo(handling);
        String entryId = verified.json().path("entryId").asText();
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode line = rewardLine(entryId);
            assertThat(line).as("the reward on the statement").isNotNull();
            assertThat(line.path("stationId").asText()).isEqualTo(handling);
        });
    }

    private JsonNode rewardLine(String entryId) {
        for (JsonNode line :
                admin.get("/api/v1/cards/" + card + "/entries").json().path("entries")) {
            if (line.path("entryId").asText().equals(entryId)) {
                return line;
            }
        }
        return null;
    }
}
