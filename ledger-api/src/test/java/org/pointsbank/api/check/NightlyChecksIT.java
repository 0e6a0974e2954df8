package org.pointsbank.api.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.cluster.ClusterOnce;
import org.pointsbank.api.cluster.HeldLock;
import org.pointsbank.api.cluster.NodeId;
import org.pointsbank.api.monitoring.Scrape;
import org.pointsbank.projections.audit.BalanceReconciler;
import org.pointsbank.projections.audit.ChainVerifier;
import org.pointsbank.projections.audit.EventSeal;
import org.pointsbank.projections.audit.Verification;
import org.pointsbank.projections.support.LongStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.PlatformTransactionManager;

class NightlyChecksIT extends IntegrationTest {

    @Autowired
    NightlyChecks checks;

    @Autowired
    CheckRuns runs;

    @Autowired
    BalanceReconciler reconciler;

    @Autowired
    ClusterOnce once;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    LongStatements longStatements;

    @Autowired
    EventSeal seal;

    @Autowired
    NodeId nodeId;

    @Test
    void aRunStoresBothOutcomesAndEveryInstanceExportsTheLastRunWhoeverRanIt() {
        String station = ledger.station();
        ledger.credited(ledger.card(station), station, 60, today());
        Instant before = clock.instant().minusMillis(1);

        assertThat(checks.run()).isTrue();

        List<Map<String, Object>> stored = jdbc.queryForList(
                "SELECT check_name, outcome, (figures ->> 'checked')::bigint AS checked, (figures ->> 'found')::bigint"
                        + " AS found, finished_at FROM check_run WHERE started_at >= ? ORDER BY check_name",
                Timestamp.from(before));
        assertThat(stored).extracting(r -> r.get("check_name")).containsExactly("chain", "reconciliation");
        assertThat(stored).allSatisfy(r -> {
            assertThat(r.get("outcome")).isEqualTo("PASSED");
            assertThat((Long) r.get("checked")).isPositive();
            assertThat(r.get("found")).isEqualTo(0L);
        });
        long chainFinished = epochSecond(stored.get(0));
        long reconciled = epochSecond(stored.get(1));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Scrape scrape = Scrape.of(admin);
            assertThat(gauge(scrape, "pointsbank_check_ok", "chain")).hasValue(1.0);
            assertThat(gauge(scrape, "pointsbank_check_last_run_seconds", "chain"))
                    .hasValue(chainFinished);
            assertThat(gauge(scrape, "pointsbank_check_last_success_seconds", "chain"))
                    .hasValue(chainFinished);
            assertThat(gauge(scrape, "pointsbank_check_findings", "reconciliation"))
                    .hasValue(0.0);
        });

        // another instance runs the reconciliation later and finds three differences: this one exports that
        Instant later = clock.instant().plusSeconds(60);
        runs.append(new CheckRun(
                "reconciliation", later, later.plusSeconds(2), CheckOutcome.FAILED, 40, 3, null, "4242@other"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Scrape scrape = Scrape.of(admin);
            assertThat(gauge(scrape, "pointsbank_check_ok", "reconciliation")).hasValue(0.0);
            assertThat(gauge(scrape, "pointsbank_check_findings", "reconciliation"))
                    .hasValue(3.0);
            assertThat(gauge(scrape, "pointsbank_check_last_run_seconds", "reconciliation"))
                    .hasValue(later.plusSeconds(2).getEpochSecond());
            assertThat(gauge(scrape, "pointsbank_check_last_success_seconds", "reconciliation"))
                    .hasValue(reconciled);
            assertThat(gauge(scrape, "pointsbank_check_ok", "chain")).hasValue(1.0);
        });

        JsonNode overview = admin.get("/api/v1/audit/checks").json();
        JsonNode reconciliation = overview.get("checks").get(1);
        assertThat(reconciliation.get("check").asText()).isEqualTo("reconciliation");
        assertThat(reconciliation.at("/lastRun/outcome").asText()).isEqualTo("FAILED");
        assertThat(reconciliation.at("/lastRun/found").asLong()).isEqualTo(3);
        assertThat(reconciliation.at("/lastRun/instance").asText()).isEqualTo("4242@other");
        assertThat(reconciliation.at("/lastPassed/outcome").asText()).isEqualTo("PASSED");
        assertThat(overview.get("recent").get(0).get("instance").asText()).isEqualTo("4242@other");
    }

    @Test
    void aCheckThatCannotFinishIsStoredAsAnErrorAndTheOtherStillRuns() {
        ChainVerifier failing = new ChainVerifier(jdbc, transactions, longStatements, seal) {
            @Override
            public Verification verify() {
                throw new QueryTimeoutException("canceling statement due to statement timeout");
            }
        };
        Instant before = clock.instant().minusMillis(1);

        assertThat(new NightlyChecks(failing, reconciler, runs, once, clock, nodeId).run())
                .isTrue();

        List<Map<String, Object>> stored = jdbc.queryForList(
                "SELECT check_name, outcome, figures ->> 'error' AS error FROM check_run WHERE started_at >= ?"
                        + " AND instance = ? ORDER BY check_name",
                Timestamp.from(before),
                nodeId.value());
        assertThat(stored).extracting(r -> r.get("check_name")).containsExactly("chain", "reconciliation");
        assertThat(stored.get(0).get("outcome")).isEqualTo("ERROR");
        assertThat(stored.get(0).get("error"))
                .isEqualTo("QueryTimeoutException: canceling statement due to statement timeout");
        assertThat(stored.get(1).get("outcome")).isEqualTo("PASSED");
    }

    @Test
    void aRunIsSkippedWhileAnotherInstanceRunsTheChecks() throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM check_run", Long.class);
        try (HeldLock held = new HeldLock(jdbc.getDataSource(), NightlyChecks.JOB)) {
            assertThat(checks.run()).isFalse();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM check_run", Long.class))
                .isEqualTo(before);
    }

    @Test
    void twoRunsForOneScheduleSlotOneAfterTheOtherRecordItOnce() {
        // the second instance's clock is behind: it fires for the same 03:00 slot after the first one finished
        Instant slot = Instant.parse("2026-03-14T19:00:00Z")
                .plusSeconds(clock.instant().getEpochSecond() % 86_400);

        assertThat(checks.run(slot)).isTrue();
        assertThat(checks.run(slot)).isFalse();

        List<Map<String, Object>> stored = jdbc.queryForList(
                "SELECT check_name, instance FROM check_run WHERE slot = ? ORDER BY check_name", Timestamp.from(slot));
        assertThat(stored).extracting(r -> r.get("check_name")).containsExactly("chain", "reconciliation");
        assertThat(stored).extracting(r -> r.get("instance")).containsOnly(nodeId.value());

        // the next slot runs again
        assertThat(checks.run(slot.plusSeconds(86_400))).isTrue();
    }

    @Test
    void theServiceRoleCannotChangeOrDeleteARun() {
        assertThat(jdbc.queryForObject(
                        "SELECT has_table_privilege(current_user, 'check_run', 'UPDATE')"
                                + " OR has_table_privilege(current_user, 'check_run', 'DELETE')"
                                + " OR has_table_privilege(current_user, 'check_run', 'TRUNCATE')",
                        Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT has_table_privilege(current_user, 'check_run', 'INSERT')", Boolean.class))
                .isTrue();
    }

    private static OptionalDouble gauge(Scrape scrape, String name, String check) {
        return scrape.value(name, Map.of("check", check));
    }

    private static long epochSecond(Map<String, Object> row) {
        return ((Timestamp) row.get("finished_at")).toInstant().getEpochSecond();
    }
}
