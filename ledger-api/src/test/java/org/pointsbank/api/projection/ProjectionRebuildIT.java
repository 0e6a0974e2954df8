package org.pointsbank.api.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Read models are disposable: rebuilt from the log they come out identical. */
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
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "card_balance,    SELECT * FROM card_balance ORDER BY card_id",
        "statement_entry, SELECT * FROM statement_entry ORDER BY entry_id",
        "audit_entry,     SELECT * FROM audit_entry ORDER BY global_index"
    })
    void rebuildingAReadModelFromTheLogGivesAnIdenticalTable(String projection, String dump) {
        awaitCaughtUp(projection);
        List<Map<String, Object>> before = jdbc.queryForList(dump);
        assertThat(before).isNotEmpty();

        rebuilds.rebuild(projection);

        await().atMost(Duration.ofSeconds(30)).until(() -> !rebuilds.isRebuilding(projection));
        awaitCaughtUp(projection);
        assertThat(jdbc.queryForList(dump)).isEqualTo(before);
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
