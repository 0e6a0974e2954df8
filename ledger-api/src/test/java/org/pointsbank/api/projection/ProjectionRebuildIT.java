package org.pointsbank.api.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Read models are disposable: rebuilt from the log (a copy built beside the live one and swapped in) they come out
 * identical, whole tables compared, the streaming ones and those kept in the recording transaction alike.
 */
class ProjectionRebuildIT extends IntegrationTest {

    @Autowired
    private Projections rebuilds;

    @BeforeEach
    void someHistory() {
        String station = ledger.station();
        for (int c = 0; c < 3; c++) {
            String card = ledger.card(station);
            String entry = ledger.credited(card, station, 60 + c, today());
            ledger.study(card, station, 90, today().minusDays(1));
            if (c == 1) {
                ledger.reverse(card, entry);
            }
            if (c == 2) {
                ledger.redeemed(card, ledger.gift(station, 1, 5, null), 1);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "card_balance,    true",
        "statement_entry, true",
        "audit_entry,     true",
        "ranking,         true",
        "station,         false",
        "card_directory,  false",
        "gift,            false",
        "redemption,      false",
        "period,          false"
    })
    void rebuildingAReadModelFromTheLogGivesIdenticalTables(String projection, boolean streaming) {
        if (projection.equals("period")) {
            assertThat(admin.post("/api/v1/periods/1992-07/close", key(), "{\"topN\":3}")
                            .status())
                    .isEqualTo(201);
        }
        if (streaming) {
            awaitCaughtUp(projection);
        }
        Map<String, List<Map<String, Object>>> before = tables(projection);
        assertThat(before.values().iterator().next())
                .as("the read model's first table")
                .isNotEmpty();

        rebuilds.rebuild(projection);

        await().atMost(Duration.ofSeconds(30)).until(() -> !rebuilds.isRebuilding(projection));
        assertThat(rebuilds.status(projection).rebuildFailure()).isNull();
        if (streaming) {
            awaitCaughtUp(projection);
        }
        assertThat(tables(projection)).isEqualTo(before);
    }

    private Map<String, List<Map<String, Object>>> tables(String projection) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : ReadModelTables.of(projection)) {
            tables.put(table, jdbc.queryForList("SELECT * FROM public." + table + " t ORDER BY t::text"));
        }
        return tables;
    }

    /**
     * The processor's token has reached the head of the log and none of its gaps is a stored event: an event
     * whose transaction committed after a later one was read is a gap in the token until it is read too (gaps
     * of transactions that rolled back stay in the token for a while and are no events).
     */
    private void awaitCaughtUp(String projection) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
            List<byte[]> tokens = jdbc.queryForList(
                    "SELECT token FROM token_entry WHERE processor_name = ?", byte[].class, projection);
            assertThat(tokens).isNotEmpty();
            JsonNode stored = new ObjectMapper().readTree(tokens.get(0));
            JsonNode token = stored.has("currentToken") ? stored.get("currentToken") : stored; // a replay's token
            assertThat(token.path("index").asLong())
                    .as(new String(tokens.get(0)))
                    .isEqualTo(head);
            List<String> gaps = new ArrayList<>();
            token.path("gaps").forEach(gap -> gaps.add(gap.asText()));
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM domain_event_entry WHERE global_index = ANY (?::bigint[])",
                            Integer.class,
                            "{" + String.join(",", gaps) + "}"))
                    .isZero();
        });
    }
}
