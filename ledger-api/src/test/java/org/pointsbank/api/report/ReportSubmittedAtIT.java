package org.pointsbank.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The 201 of a submission answers the time its event recorded, the one the report and its timeline show. */
class ReportSubmittedAtIT extends IntegrationTest {

    @Autowired
    private CommandGateway gateway;

    @Test
    void theSubmissionsAnswerNamesTheRecordedTime() {
        ReportFixture reports = new ReportFixture(admin, gateway);
        String station = ledger.station();
        String card = ledger.card(station);
        String category = reports.category(2);
        String cell = reports.county(station);
        for (int i = 0; i < 3; i++) {
            ApiResponse submitted = reports.submit(admin, card, category, cell);
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
            Instant answered =
                    Instant.parse(submitted.json().path("submittedAt").asText());
            String reportId = submitted.json().path("reportId").asText();

            JsonNode read = reports.awaitStatus(admin, reportId, "SUBMITTED");
            assertThat(Instant.parse(read.path("submittedAt").asText())).isEqualTo(answered);
            JsonNode first = read.path("timeline").get(0);
            assertThat(first.path("event").asText()).isEqualTo("SUBMITTED");
            assertThat(Instant.parse(first.path("at").asText())).isEqualTo(answered);
        }
    }
}
