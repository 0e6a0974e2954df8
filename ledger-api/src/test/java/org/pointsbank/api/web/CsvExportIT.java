package org.pointsbank.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;

/** The CSV exports through HTTP: longer than a page, and refusals before the first byte as problem+json. */
class CsvExportIT extends IntegrationTest {

    private static final int EXTRA_LINES = 2_300;
    private String card;

    @AfterEach
    void removeTheExtraLines() {
        if (card != null) {
            jdbc.update("DELETE FROM statement_entry WHERE card_id = ? AND entry_id LIKE 'csv-%'", card);
        }
    }

    /** Statement lines written straight into the read model: 2,300 of them through HTTP would take minutes. */
    @Test
    void aStatementOfMoreThanTwoPagesIsExportedWholeAndInOrder() {
        String station = ledger.station();
        card = ledger.card(station);
        ledger.credited(card, station, 60, today());
        await().atMost(Duration.ofSeconds(15)).until(() -> admin.get("/api/v1/cards/" + card + "/entries")
                .json().get("entries").size() == 1);
        jdbc.update("""
                INSERT INTO statement_entry (entry_id, card_id, card_sequence, type, station_id, description, minutes,
                                             points, running_balance, occurred_on, recorded_at, policy_version)
                SELECT 'csv-' || n, ?, 100 + n, 'VOLUNTEER_HOURS', ?, CASE WHEN n % 3 = 0 THEN '=1+1, "x"' END, 30,
                       5, 10 + 5 * n, current_date, now(), 'v1'
                  FROM generate_series(1, ?) n""", card, station, EXTRA_LINES);

        ApiResponse csv = admin.get("/api/v1/cards/" + card + "/entries", "text/csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows).hasSize(1 + 1 + EXTRA_LINES);
        assertThat(rows.get(0)).isEqualTo(StatementCsv.HEADER);
        List<String> fromJson = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = admin.get("/api/v1/cards/" + card + "/entries?limit=1000" + cursor).json();
            page.get("entries").forEach(e -> fromJson.add(e.get("entryId").asText() + "," + e.get("runningBalance")));
            cursor = page.get("nextCursor").isNull() ? null : "&cursor=" + page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.split(",")[0] + "," + runningBalance(r)).toList())
                .isEqualTo(fromJson);
        assertThat(rows.get(4)).contains(",\"'=1+1, \"\"x\"\"\",");
    }

    @Test
    void anUnknownCardsCsvIsAProblemNotAnEmptyFile() {
        ApiResponse csv = admin.get("/api/v1/cards/no-such-card/entries", "text/csv");

        assertThat(csv.status()).isEqualTo(404);
        assertThat(csv.header("Content-Type")).startsWith("application/problem+json");
        assertThat(csv.code()).isEqualTo("CARD_NOT_FOUND");
    }

    /** The sixth field counted from the end (the description before it may hold commas). */
    private static String runningBalance(String row) {
        String[] fields = row.split(",", -1);
        return fields[fields.length - 6];
    }
}
