package org.pointsbank.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A duplicate names a report of its own station: an id of another kind (ids are one namespace in the log), an unknown
 * one or another station's report is refused and records nothing; two reports marked duplicates of each other at once
 * end with one duplicate, the other request refused.
 */
class ReportDuplicateIT extends IntegrationTest {

    @Autowired
    private CommandGateway gateway;

    private ReportFixture reports;
    private String station;
    private String card;
    private String category;
    private String cell;
    private ApiClient staff;

    @BeforeEach
    void aStationsGrid() {
        reports = new ReportFixture(admin, gateway);
        station = ledger.station();
        card = ledger.card(station);
        category = reports.category(4);
        cell = reports.county(station);
        staff = reports.staff(station);
    }

    @Test
    void anOriginalThatIsNoReportOfTheSameStationIsRefusedAndNothingRecorded() {
        String report = reports.submitted(admin, card, category, cell);
        String otherStation = ledger.station();
        String othersReport =
                reports.submitted(admin, ledger.card(otherStation), category, reports.county(otherStation));
        long before = events(report, card, cell, category, othersReport);

        assertProblem(duplicate(staff, report, card), 404, "REPORT_NOT_FOUND", "ofReportId");
        assertProblem(duplicate(staff, report, cell), 404, "REPORT_NOT_FOUND", "ofReportId");
        assertProblem(duplicate(staff, report, category), 404, "REPORT_NOT_FOUND", "ofReportId");
        assertProblem(duplicate(staff, report, UUID.randomUUID().toString()), 404, "REPORT_NOT_FOUND", "ofReportId");
        ApiResponse across = duplicate(staff, report, othersReport);
        assertProblem(across, 422, "INVALID_DUPLICATE", "ofReportId");
        assertThat(across.json().path("detail").asText()).contains(otherStation, station);
        assertProblem(duplicate(admin, report, othersReport), 422, "INVALID_DUPLICATE", "ofReportId");

        assertThat(events(report, card, cell, category, othersReport))
                .as("nothing recorded")
                .isEqualTo(before);
        assertThat(reports.accept(staff, report).path("status").asText())
                .as("still SUBMITTED")
                .isEqualTo("ACCEPTED");
    }

    @Test
    void twoReportsMarkedDuplicatesOfEachOtherAtOnceEndWithOneDuplicate() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                String first = reports.submitted(admin, card, category, cell);
                String second = reports.submitted(admin, card, category, cell);
                CountDownLatch start = new CountDownLatch(1);
                Future<ApiResponse> one = pool.submit(() -> {
                    start.await();
                    return duplicate(staff, first, second);
                });
                Future<ApiResponse> other = pool.submit(() -> {
                    start.await();
                    return duplicate(admin, second, first);
                });
                start.countDown();
                List<ApiResponse> answers = List.of(one.get(), other.get());
                assertThat(answers.stream().filter(answer -> answer.status() == 200))
                        .as("exactly one accepted: " + answers)
                        .hasSize(1);
                ApiResponse refused = answers.stream()
                        .filter(a -> a.status() != 200)
                        .findFirst()
                        .orElseThrow();
                assertThat(refused.status()).as(refused.toString()).isIn(409, 422);
                assertThat(refused.code())
                        .as(refused.toString())
                        .isIn("INVALID_DUPLICATE", "REPORT_STATE_CONFLICT", "CONCURRENT_MODIFICATION");
                assertThat(marked(first) + marked(second))
                        .as("one duplicate in the log")
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private ApiResponse duplicate(ApiClient as, String reportId, String ofReportId) {
        return reports.step(as, reportId, "duplicate", "{\"ofReportId\":\"" + ofReportId + "\"}");
    }

    private long marked(String reportId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " AND payload_type LIKE '%ReportMarkedDuplicate'",
                Long.class, reportId);
    }

    private long events(String... aggregates) {
        long count = 0;
        for (String aggregate : aggregates) {
            count += jdbc.queryForObject(
                    "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, aggregate);
        }
        return count;
    }
}
