package org.pointsbank.api.pages.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.pages.PageClient;
import org.pointsbank.api.report.ReportFixture;
import org.springframework.beans.factory.annotation.Autowired;

/** The volunteer's own reports: status and the station's feedback as the reporter reads them, never who was sent. */
class MyReportsPageIT extends IntegrationTest {

    @Autowired
    private CommandGateway gateway;

    @Test
    void aResolvedReportShowsItsStatusAndFeedbackButNotTheAssignee() throws Exception {
        ReportFixture reports = new ReportFixture(admin, gateway);
        String station = ledger.station();
        String card = ledger.card(station);
        String cell = reports.county(station);
        String category = reports.category(10);
        ApiClient staff = reports.staff(station);
        MePages pages = new MePages(admin, port);
        String username = pages.volunteer(card);
        ApiClient reporter = admin.as(username, MePages.PASSWORD);

        String reportId = reports.submitted(reporter, card, category, cell);
        reports.stepped(staff, reportId, "acceptance", "{}");
        reports.stepped(staff, reportId, "dispatch", "{\"assignee\":\"Drain team Wang\"}");
        reports.stepped(staff, reportId, "resolution", "{\"outcome\":\"FIXED\",\"feedback\":\"cover replaced\"}");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> "RESOLVED"
                        .equals(admin.get("/api/v1/reports/" + reportId)
                                .json()
                                .path("status")
                                .asText()));

        PageClient volunteer = pages.signedIn(username);
        String page = volunteer.get("/me/reports").body();
        assertThat(page)
                .contains("data-report=\"" + reportId + "\"")
                .contains("已处理，待核实")
                .contains("cover replaced")
                .contains("12 Wensan Road")
                .doesNotContain("Drain team Wang");
        assertThat(volunteer.get("/me/reports?lang=en").body()).contains("Handled, to be verified");
    }
}
