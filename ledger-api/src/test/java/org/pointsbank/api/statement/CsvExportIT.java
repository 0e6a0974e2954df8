package org.pointsbank.api.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.config.EmbeddedPostgresServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The CSV exports through HTTP: longer than a page, and refusals before the first byte as problem+json. */
class CsvExportIT extends IntegrationTest {

    @Autowired
    private EmbeddedPostgresServer database;

    private static final int EXTRA_LINES = 2_300;
    private static final int DRILL_LINES = 12_000;
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
        await().atMost(Duration.ofSeconds(15))
                .until(() -> admin.get("/api/v1/cards/" + card + "/entries")
                                .json()
                                .get("entries")
                                .size()
                        == 1);
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
            JsonNode page = admin.get("/api/v1/cards/" + card + "/entries?limit=1000" + cursor)
                    .json();
            page.get("entries").forEach(e -> fromJson.add(e.get("entryId").asText() + "," + e.get("runningBalance")));
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : "&cursor=" + page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(rows.subList(1, rows.size()).stream()
                        .map(r -> r.split(",")[0] + "," + runningBalance(r))
                        .toList())
                .isEqualTo(fromJson);
        assertThat(rows.get(4)).contains(",\"'=1+1, \"\"x\"\"\",");
    }

    /**
     * A failure after the first page was sent cannot be answered (the 200 is gone): the transfer breaks, so a client
     * never takes a cut export for a whole one. The drill: a row-level policy, installed as the schema owner, that
     * fails on reading one line of this card in its sixth page from any statement after the export's first.
     */
    @Test
    void aFailureAfterTheFirstPageBreaksTheTransferInsteadOfEndingTheFileEarly() throws Exception {
        String station = ledger.station();
        card = ledger.card(station);
        jdbc.update("""
                INSERT INTO statement_entry (entry_id, card_id, card_sequence, type, station_id, description, minutes,
                                             points, running_balance, occurred_on, recorded_at, policy_version)
                SELECT 'csv-' || n, ?, 100 + n, 'VOLUNTEER_HOURS', ?, 'line ' || n, 30, 5, 5 * n, current_date, now(),
                       'v1'
                  FROM generate_series(1, ?) n""", card, station, DRILL_LINES);
        String drill = "drill_" + UUID.randomUUID().toString().replace("-", "");
        JdbcTemplate owner = new JdbcTemplate(new SingleConnectionDataSource(
                database.jdbcUrl(), EmbeddedPostgresServer.OWNER, database.ownerPassword(), true));
        // The line in the sixth page fails, but only when read by a later statement than the first that read any
        // of this card's lines: whether the planner walks the card's index up to each page's limit (the line is
        // first read in page six) or reads all the card's lines for every page (a bitmap or sequential scan, as a
        // generic plan may; the line is read in page one, harmlessly, then again in page two), the first page is
        // sent and a later one fails.
        owner.execute("CREATE TABLE " + drill + "_first (read_at timestamptz NOT NULL)");
        owner.execute("CREATE FUNCTION " + drill + "(line bigint) RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER "
                + "SET search_path = public AS $$ DECLARE first timestamptz; BEGIN "
                + "SELECT read_at INTO first FROM " + drill + "_first; "
                + "IF first IS NULL THEN INSERT INTO " + drill + "_first VALUES (statement_timestamp()); "
                + "first := statement_timestamp(); END IF; "
                + "IF line = 5600 AND first <> statement_timestamp() THEN "
                + "RAISE EXCEPTION 'drill: this page cannot be read'; END IF; RETURN true; END $$");
        owner.execute("CREATE POLICY " + drill + "_read ON statement_entry FOR SELECT USING (card_id <> '" + card
                + "' OR " + drill + "(card_sequence))");
        for (String command : List.of("INSERT", "UPDATE", "DELETE")) {
            owner.execute("CREATE POLICY " + drill + "_" + command.toLowerCase() + " ON statement_entry FOR " + command
                    + (command.equals("INSERT") ? " WITH CHECK (true)" : " USING (true)"));
        }
        owner.execute("ALTER TABLE statement_entry ENABLE ROW LEVEL SECURITY");
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            "http://localhost:" + port + "/api/v1/cards/" + card + "/entries"))
                                    .header("Accept", "text/csv")
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString(("admin:" + ADMIN_PASSWORD)
                                                                    .getBytes(StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());

            assertThat(response.statusCode()).isEqualTo(200);
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            assertThatThrownBy(() -> response.body().transferTo(received)).isInstanceOf(IOException.class);
            List<String> lines =
                    received.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(lines.get(0)).isEqualTo(StatementCsv.HEADER);
            assertThat(lines)
                    .hasSizeGreaterThanOrEqualTo(1 + 1000)
                    .hasSizeLessThan(1 + DRILL_LINES)
                    .noneMatch(line -> line.contains("problem"));
        } finally {
            owner.execute("ALTER TABLE statement_entry DISABLE ROW LEVEL SECURITY");
            for (String suffix : List.of("_read", "_insert", "_update", "_delete")) {
                owner.execute("DROP POLICY IF EXISTS " + drill + suffix + " ON statement_entry");
            }
            owner.execute("DROP FUNCTION IF EXISTS " + drill + "(bigint)");
            owner.execute("DROP TABLE IF EXISTS " + drill + "_first");
        }
    }

    @Test
    void anUnknownCardsCsvIsAProblemNotAnEmptyFile() {
        ApiResponse csv = admin.get("/api/v1/cards/no-such-card/entries", "text/csv");

        assertThat(csv.status()).isEqualTo(404);
        assertThat(csv.header("Content-Type")).startsWith("application/problem+json");
        assertThat(csv.code()).isEqualTo("CARD_NOT_FOUND");
    }

    /** The seventh field counted from the end (the description before it may hold commas). */
    private static String runningBalance(String row) {
        String[] fields = row.split(",", -1);
        return fields[fields.length - 7];
    }
}
