package org.pointsbank.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.core.report.api.LinkDuplicate;
import org.pointsbank.core.report.api.MarkReportDuplicate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A duplicate names a report of its own station: an id of another kind (ids are one namespace in the log), an unknown
 * one or another station's report is refused and records nothing; two reports marked duplicates of each other at once
 * end with one duplicate, the other request refused.
 */
class ReportDuplicateIT extends IntegrationTest {

    @Autowired
    private CommandGateway gateway;

    @Autowired
    private CommandBus commandBus;

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
        int pairs = 12;
        ExecutorService pool = Executors.newFixedThreadPool(2 * pairs);
        try {
            for (int round = 0; round < 3; round++) {
                List<String[]> reportPairs = new ArrayList<>();
                List<Future<ApiResponse>[]> answers = new ArrayList<>();
                CountDownLatch start = new CountDownLatch(1);
                for (int pair = 0; pair < pairs; pair++) {
                    String first = reports.submitted(admin, card, category, cell);
                    String second = reports.submitted(admin, card, category, cell);
                    reportPairs.add(new String[] {first, second});
                    @SuppressWarnings("unchecked")
                    Future<ApiResponse>[] both = new Future[] {
                        pool.submit(() -> {
                            start.await();
                            return duplicate(staff, first, second);
                        }),
                        pool.submit(() -> {
                            start.await();
                            return duplicate(admin, second, first);
                        })
                    };
                    answers.add(both);
                }
                start.countDown();
                for (int pair = 0; pair < pairs; pair++) {
                    List<ApiResponse> both = List.of(answers.get(pair)[0].get(), answers.get(pair)[1].get());
                    assertThat(both.stream().filter(answer -> answer.status() == 200))
                            .as("exactly one accepted: " + both)
                            .hasSize(1);
                    ApiResponse refused = both.stream()
                            .filter(a -> a.status() != 200)
                            .findFirst()
                            .orElseThrow();
                    assertThat(refused.status()).as(refused.toString()).isIn(409, 422);
                    assertThat(refused.code())
                            .as(refused.toString())
                            .isIn("INVALID_DUPLICATE", "REPORT_STATE_CONFLICT", "CONCURRENT_MODIFICATION");
                    String[] ids = reportPairs.get(pair);
                    assertThat(marked(ids[0]) + marked(ids[1]))
                            .as("one duplicate in the log")
                            .isEqualTo(1);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The interleaving that deadlocked, forced: each request's second command waits (up to two seconds) until the
     * other request has reached its own second command, each then holding the lock of the report its first command
     * touched. Locked in id order, the second request waits for the first's lock instead, and the first goes on.
     */
    @Test
    void duplicatesOfEachOtherInterleavedStepByStepDoNotDeadlock() throws Exception {
        String first = reports.submitted(admin, card, category, cell);
        String second = reports.submitted(admin, card, category, cell);
        Set<String> ids = Set.of(first, second);
        CyclicBarrier bothHoldOne = new CyclicBarrier(2);
        ThreadLocal<Integer> sent = ThreadLocal.withInitial(() -> 0);
        MessageHandlerInterceptor<CommandMessage<?>> interleave = (unitOfWork, chain) -> {
            Object command = unitOfWork.getMessage().getPayload();
            boolean ours = command instanceof MarkReportDuplicate mark && ids.contains(mark.reportId())
                    || command instanceof LinkDuplicate link && ids.contains(link.reportId());
            if (ours) {
                sent.set(sent.get() + 1);
                if (sent.get() == 2) {
                    try {
                        bothHoldOne.await(2, TimeUnit.SECONDS);
                    } catch (TimeoutException | BrokenBarrierException waitedEnough) {
                        // the other request is waiting for a lock this one holds: go on
                    }
                }
            }
            return chain.proceed();
        };
        Registration registration = commandBus.registerHandlerInterceptor(interleave);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ApiResponse> one = pool.submit(() -> duplicate(staff, first, second));
            Future<ApiResponse> other = pool.submit(() -> duplicate(admin, second, first));
            List<ApiResponse> answers = List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS));
            assertThat(answers.stream().filter(answer -> answer.status() == 200))
                    .as("exactly one accepted: " + answers)
                    .hasSize(1);
            assertThat(answers.stream().filter(answer -> answer.status() == 422))
                    .as("the other finds its original a duplicate: " + answers)
                    .hasSize(1);
        } finally {
            registration.cancel();
            pool.shutdownNow();
        }
        assertThat(marked(first) + marked(second))
                .as("one duplicate in the log")
                .isEqualTo(1);
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
