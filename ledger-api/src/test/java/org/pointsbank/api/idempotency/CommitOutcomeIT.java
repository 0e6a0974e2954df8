package org.pointsbank.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.config.EmbeddedPostgresServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A 503 tells what is known of the request. The faults are injected by the schema owner for one request only:
 * <ul>
 * <li>while {@code COMMIT} runs: a {@code DEFERRABLE INITIALLY DEFERRED} constraint trigger on the idempotency
 *     record raises SQLSTATE 57P01 ("terminating connection due to administrator command"), what a client sees
 *     when the server goes away under its commit; the outcome is UNKNOWN and a retry with the key is safe;</li>
 * <li>before the commit: the same error raised while the card's event is appended; the transaction is rolled
 *     back, so the outcome is NOT_RECORDED.</li>
 * </ul>
 */
class CommitOutcomeIT extends IntegrationTest {

    @Autowired
    EmbeddedPostgresServer database;

    private SingleConnectionDataSource connection;
    private JdbcTemplate owner;
    private final String drill = "drill_" + UUID.randomUUID().toString().replace("-", "");
    private String table;

    @BeforeEach
    void asTheSchemaOwner() {
        connection = new SingleConnectionDataSource(
                database.jdbcUrl(), EmbeddedPostgresServer.OWNER, database.ownerPassword(), true);
        owner = new JdbcTemplate(connection);
    }

    @AfterEach
    void removeTheFault() {
        if (table != null) {
            owner.execute("DROP TRIGGER IF EXISTS " + drill + " ON " + table);
        }
        owner.execute("DROP FUNCTION IF EXISTS " + drill + "()");
        connection.destroy();
    }

    private void fault(String table, String timing, String condition) {
        this.table = table;
        owner.execute("CREATE FUNCTION " + drill + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF " + condition
                + " THEN RAISE EXCEPTION 'terminating connection due to administrator command' USING ERRCODE = '57P01';"
                + " END IF; RETURN NEW; END $$");
        owner.execute("CREATE " + timing.replace("%s", drill + " ").replace("%t", table) + " EXECUTE FUNCTION " + drill
                + "()");
    }

    private long events(String card) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, card);
    }

    @Test
    void aDatabaseLostWhileCommittingSaysTheOutcomeIsUnknownAndTheKeyMakesARetrySafe() {
        String station = ledger.station();
        String card = ledger.card(station);
        String key = key();
        String body = LedgerFixture.volunteerBody(station, 60, today());
        fault(
                "idempotency_record",
                "CONSTRAINT TRIGGER %s AFTER INSERT OR UPDATE ON %t DEFERRABLE INITIALLY DEFERRED " + "FOR EACH ROW",
                "NEW.idempotency_key = '" + key + "'");

        ApiResponse lost = admin.post("/api/v1/cards/" + card + "/volunteer-hours", key, body);

        assertThat(lost.status()).as(lost.toString()).isEqualTo(503);
        assertThat(lost.code()).isEqualTo("UNAVAILABLE");
        assertThat(lost.json().path("outcome").asText()).isEqualTo("UNKNOWN");
        assertThat(lost.json().path("detail").asText())
                .contains("unknown")
                .contains("Idempotency-Key")
                .doesNotContain("nothing was recorded");
        assertThat(lost.header("Retry-After")).isNotBlank();

        owner.execute("DROP TRIGGER " + drill + " ON idempotency_record");
        ApiResponse retried = admin.post("/api/v1/cards/" + card + "/volunteer-hours", key, body);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(retried.header("Idempotency-Replayed"))
                .as("it had not been recorded")
                .isNull();
        ApiResponse again = admin.post("/api/v1/cards/" + card + "/volunteer-hours", key, body);
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.json().get("entryId")).isEqualTo(retried.json().get("entryId"));
        assertThat(events(card)).as("issued, credited once").isEqualTo(2);
    }

    @Test
    void aDatabaseLostBeforeTheCommitSaysNothingWasRecorded() {
        String station = ledger.station();
        String card = ledger.card(station);
        String key = key();
        fault(
                "domain_event_entry",
                "TRIGGER %s BEFORE INSERT ON %t FOR EACH ROW",
                "NEW.aggregate_identifier = '" + card + "'");

        ApiResponse lost = admin.post(
                "/api/v1/cards/" + card + "/volunteer-hours", key, LedgerFixture.volunteerBody(station, 60, today()));

        assertThat(lost.status()).as(lost.toString()).isEqualTo(503);
        assertThat(lost.code()).isEqualTo("UNAVAILABLE");
        assertThat(lost.json().path("outcome").asText()).isEqualTo("NOT_RECORDED");
        assertThat(lost.json().path("detail").asText()).contains("nothing was recorded");
        assertThat(lost.header("Retry-After")).isNotBlank();
        assertThat(events(card)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", Long.class, key))
                .isZero();
    }
}
