package org.pointsbank.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Twenty verifications of one report at once, by ten staff members of its station each sending theirs twice with
 * the same key: one verifies it and credits the reporter, every other is refused or replays that answer, and the log
 * holds one verification and one credit.
 */
class ReportConcurrencyIT extends IntegrationTest {

    @Autowired
    private CommandGateway gateway;

    @Test
    void twentyConcurrentVerificationsOfOneReportCreditItOnce() throws Exception {
        ReportFixture reports = new ReportFixture(admin, gateway);
        String station = ledger.station();
        String card = ledger.card(station);
        String cell = reports.county(station);
        String reportId = reports.submitted(admin, card, reports.category(7), cell);
        reports.resolved(reports.staff(station), reportId);
        List<ApiClient> verifiers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            verifiers.add(reports.staff(station));
        }

        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiResponse>> answers = new ArrayList<>();
        try {
            for (ApiClient verifier : verifiers) {
                String key = UUID.randomUUID().toString();
                for (int attempt = 0; attempt < 2; attempt++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return verifier.send(
                                "POST",
                                ReportFixture.REPORTS + "/" + reportId + "/verification",
                                "{\"verdict\":\"CONFIRMED\"}",
                                Map.of("Content-Type", "application/json", "Idempotency-Key", key));
                    }));
                }
            }
            start.countDown();
            int verified = 0;
            int replayed = 0;
            for (Future<ApiResponse> answer : answers) {
                ApiResponse response = answer.get();
                if (response.status() == 200) {
                    assertThat(response.json().path("pointsCredited").asInt()).isEqualTo(7);
                    if ("true".equals(response.header("Idempotency-Replayed"))) {
                        replayed++;
                    } else {
                        verified++;
                    }
                } else {
                    assertThat(response.status()).as(response.toString()).isEqualTo(409);
                    assertThat(response.code())
                            .as(response.toString())
                            .isIn("REPORT_STATE_CONFLICT", "IDEMPOTENCY_KEY_IN_FLIGHT");
                }
            }
            assertThat(verified).as("exactly one verification ran").isEqualTo(1);
            assertThat(replayed).as("at most the winner's own retry replays it").isLessThanOrEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(events(card, "%ProblemReportCredited")).isEqualTo(1);
        assertThat(events(reportId, "%ReportVerified")).isEqualTo(1);
    }

    private long events(String aggregate, String type) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?",
                Long.class,
                aggregate,
                type);
    }
}
