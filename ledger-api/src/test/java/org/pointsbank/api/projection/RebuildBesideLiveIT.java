package org.pointsbank.api.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rebuild builds its copy beside the live read model and swaps it in: while the copy is held just before its swap
 * (through the rebuilds' test hook), reads answer from the live tables and recording goes on; after the swap the
 * read model holds what it held before plus what was recorded meanwhile, which only the swap's catch-up applied.
 */
class RebuildBesideLiveIT extends IntegrationTest {

    @Autowired
    private Projections projections;

    @Autowired
    private ReadModelRebuilds rebuilds;

    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void letGo() {
        release.countDown();
        rebuilds.onceCaughtUp(null);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> projections.all().stream().noneMatch(s -> "REBUILDING".equals(s.status())));
    }

    /**
     * A bystander station's rows are deleted from the live tables first (the damage a rebuild repairs): while the
     * copy waits before its swap the live tables still lack them and take what is recorded meanwhile; after the swap
     * the read model holds those recorded rows and the bystander's again, which only the copy can give.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"card_balance", "station", "card_directory", "gift"})
    void whileTheCopyIsBuiltReadsAnswerAndRecordingGoesOnAndTheSwapKeepsBoth(String readModel) throws Exception {
        String station = ledger.station();
        String card = ledger.card(station);
        ledger.credited(card, station, 60, today());
        ledger.gift(station, 5, 3, null);
        String bystander = ledger.station();
        ledger.credited(ledger.card(bystander), bystander, 30, today());
        ledger.gift(bystander, 4, 2, null);
        awaitLive(readModel);
        awaitLive("card_balance");
        Map<String, List<Map<String, Object>>> before = tables(readModel);
        List<String> owned = ReadModelTables.of(readModel);
        for (int i = owned.size() - 1; i >= 0; i--) {
            assertThat(jdbc.update("DELETE FROM " + owned.get(i) + " WHERE station_id = ?", bystander))
                    .isPositive();
        }
        long balance = balance(card);
        holdTheCopyBeforeItsSwap();

        projections.rebuild(readModel);
        assertThat(caughtUp.await(30, TimeUnit.SECONDS))
                .as("the copy caught up")
                .isTrue();
        assertThat(projections.status(readModel).status()).isEqualTo("REBUILDING");
        assertThat(balance(card)).as("a card read during the rebuild").isEqualTo(balance);
        String during = ledger.station();
        String newCard = ledger.card(during);
        ledger.credited(card, station, 30, today());
        ledger.gift(during, 7, 2, null);
        assertThat(projections.status(readModel).status()).isEqualTo("REBUILDING");
        await().atMost(Duration.ofSeconds(30)).until(() -> balance(card) > balance); // the live one moves on
        Map<String, List<Map<String, Object>>> live = tables(readModel);
        assertThat(live).as("recorded during the rebuild").isNotEqualTo(before);

        release.countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> !projections.isRebuilding(readModel));
        awaitLive(readModel);

        assertThat(projections.status(readModel).rebuildFailure()).isNull();
        Map<String, List<Map<String, Object>>> after = tables(readModel);
        for (String table : owned) {
            List<Map<String, Object>> expected = new ArrayList<>(live.get(table));
            before.get(table).stream()
                    .filter(row -> bystander.equals(row.get("station_id")))
                    .forEach(expected::add);
            assertThat(after.get(table)).as(table).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(admin.get("/api/v1/cards/" + newCard).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'rebuild'", Integer.class))
                .as("copy tables dropped")
                .isZero();
    }

    @Test
    void oneRebuildAtATime() throws Exception {
        holdTheCopyBeforeItsSwap();
        projections.rebuild("station");
        assertThat(caughtUp.await(30, TimeUnit.SECONDS)).isTrue();

        ApiResponse second = admin.post("/api/v1/admin/projections/gift/rebuild", key(), null);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("PROJECTION_REBUILD_RUNNING");
    }

    @Test
    void theProcessManagersAndTheHashChainAreRefusedWithTheirReasonEveryReadModelIsRebuildable() {
        for (String name : List.of("event_hash_chain", "redemption_process", "activity_close_process")) {
            ApiResponse refused = admin.post("/api/v1/admin/projections/" + name + "/rebuild", key(), null);
            assertThat(refused.status()).as(name).isEqualTo(409);
            assertThat(refused.code()).isEqualTo("PROJECTION_NOT_REBUILDABLE");
            assertThat(refused.json().get("detail").asText()).contains("not a read model");
        }
        Map<String, Boolean> rebuildable = new LinkedHashMap<>();
        admin.get("/api/v1/admin/projections").json().forEach(status -> {
            rebuildable.put(
                    status.get("name").asText(), status.get("rebuildable").asBoolean());
            assertThat(status.has("notRebuildableBecause"))
                    .as(status.toString())
                    .isEqualTo(!status.get("rebuildable").asBoolean());
        });
        assertThat(rebuildable)
                .containsEntry("event_hash_chain", false)
                .containsEntry("redemption_process", false)
                .containsEntry("activity_close_process", false);
        assertThat(rebuildable.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder(
                        "activity",
                        "activity_directory",
                        "audit_entry",
                        "card_balance",
                        "card_directory",
                        "certificate",
                        "gift",
                        "grid_cell",
                        "period",
                        "problem_report",
                        "ranking",
                        "reading_session",
                        "redemption",
                        "report_category",
                        "station",
                        "statement_entry");
    }

    private void holdTheCopyBeforeItsSwap() {
        rebuilds.onceCaughtUp(() -> {
            caughtUp.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private long balance(String card) {
        ApiResponse read = admin.get("/api/v1/cards/" + card);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json().get("balance").asLong();
    }

    private void awaitLive(String readModel) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            ProjectionStatus status = projections.status(readModel);
            return "LIVE".equals(status.status()) && Long.valueOf(0).equals(status.lag());
        });
    }

    private Map<String, List<Map<String, Object>>> tables(String readModel) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : ReadModelTables.of(readModel)) {
            tables.put(table, jdbc.queryForList("SELECT * FROM public." + table + " t ORDER BY t::text"));
        }
        return tables;
    }
}
