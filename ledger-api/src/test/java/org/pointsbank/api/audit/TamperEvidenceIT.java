package org.pointsbank.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.PointsBankApplication;
import org.pointsbank.api.config.EmbeddedPostgresServer;
import org.pointsbank.projections.audit.EventChainProjection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Someone with the database owner's password changes the event table behind the service's
 * back; verification finds each kind of change and names the exact position. Runs on its own
 * service and database, since it breaks the log on purpose (and mends it after each test).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TamperEvidenceIT {

    private static final String ADMIN_PASSWORD = "tamper-admin-password";

    @TempDir
    static Path dir;

    private ConfigurableApplicationContext app;
    private ApiClient admin;
    private JdbcTemplate owner;
    private SingleConnectionDataSource ownerConnection;
    private final List<Long> credits = new ArrayList<>();
    private LedgerFixture ledger;
    private String station;

    @BeforeAll
    void startAndRecordSomeHistory() {
        app = new SpringApplicationBuilder(PointsBankApplication.class)
                .run(
                        "--server.port=0",
                        "--pointsbank.data-dir=" + dir,
                        "--pointsbank.admin-password=" + ADMIN_PASSWORD);
        admin = new ApiClient(((WebServerApplicationContext) app).getWebServer().getPort(), "admin", ADMIN_PASSWORD);
        EmbeddedPostgresServer database = app.getBean(EmbeddedPostgresServer.class);
        ownerConnection = new SingleConnectionDataSource(
                database.jdbcUrl(), EmbeddedPostgresServer.OWNER, database.ownerPassword(), true);
        owner = new JdbcTemplate(ownerConnection);

        ledger = new LedgerFixture(admin);
        station = ledger.station();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (int c = 0; c < 2; c++) {
            String card = ledger.card(station);
            for (int i = 0; i < 3; i++) {
                String entry = ledger.credited(card, station, 30 + i, today);
                credits.add(owner.queryForObject(
                        "SELECT global_index FROM domain_event_entry WHERE payload_type LIKE "
                                + "'%VolunteerHoursCredited' AND convert_from(payload, 'UTF8') LIKE ?",
                        Long.class, "%" + entry + "%"));
            }
        }
        // the chain is extended behind the log: these tests change rows it has already linked
        assertThat(ChainCaughtUp.verification(admin).get("ok").asBoolean()).isTrue();
    }

    @AfterEach
    void theLogIsWholeAgain() {
        JsonNode verification = verification();
        assertThat(verification.get("ok").asBoolean())
                .as("mended: " + verification)
                .isTrue();
    }

    @AfterAll
    void stop() {
        ownerConnection.destroy();
        app.close();
    }

    @Test
    void anEditedPayloadIsFoundAtItsPosition() {
        long target = credits.get(1);
        byte[] original = owner.queryForObject(
                "SELECT payload FROM domain_event_entry WHERE global_index = ?", byte[].class, target);
        owner.update(
                "UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                        + " '\"points\":5', '\"points\":500'), 'UTF8') WHERE global_index = ?",
                target);
        try {
            assertFirstMismatch(target, "EDITED");
        } finally {
            owner.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", original, target);
        }
    }

    @Test
    void aDeletedRowIsFoundAtItsPosition() {
        long target = credits.get(2);
        var row = owner.queryForMap("SELECT * FROM domain_event_entry WHERE global_index = ?", target);
        owner.update("DELETE FROM domain_event_entry WHERE global_index = ?", target);
        try {
            assertFirstMismatch(target, "MISSING");
        } finally {
            owner.update(
                    "INSERT INTO domain_event_entry (global_index, event_identifier, meta_data, payload, "
                            + "payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.get("global_index"),
                    row.get("event_identifier"),
                    row.get("meta_data"),
                    row.get("payload"),
                    row.get("payload_revision"),
                    row.get("payload_type"),
                    row.get("time_stamp"),
                    row.get("aggregate_identifier"),
                    row.get("sequence_number"),
                    row.get("type"));
        }
    }

    @Test
    void aForgedRowInsertedStraightIntoTheTableIsFound() {
        long copied = credits.get(0);
        Long forged = owner.queryForObject("""
                INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type,
                                                time_stamp, aggregate_identifier, sequence_number, type)
                SELECT gen_random_uuid()::text, meta_data, payload, payload_revision, payload_type, time_stamp,
                       aggregate_identifier, sequence_number + 1000, type
                  FROM domain_event_entry WHERE global_index = ?
                RETURNING global_index""", Long.class, copied);
        try {
            assertFirstMismatch(forged, "INSERTED");
        } finally {
            owner.update("DELETE FROM domain_event_entry WHERE global_index = ?", forged);
        }
    }

    @Test
    void twoSwappedRowsAreBothFound() {
        long first = credits.get(3);
        long second = credits.get(4);
        swap(first, second);
        try {
            JsonNode verification = verification();
            assertThat(verification.get("ok").asBoolean()).isFalse();
            assertThat(verification.get("firstMismatch").get("position").asLong())
                    .isEqualTo(first);
            assertThat(verification.get("mismatches").findValuesAsText("position"))
                    .containsExactly(String.valueOf(first), String.valueOf(second));
            assertThat(verification.get("mismatches").findValuesAsText("problem"))
                    .containsOnly("REORDERED");
        } finally {
            swap(first, second);
        }
    }

    @Test
    void aSealedRowEditedBeforeTheChainReachesItNoLongerMatchesItsSeal() {
        EventProcessor chain = app.getBean(EventProcessingConfiguration.class)
                .eventProcessor(EventChainProjection.NAME)
                .orElseThrow();
        chain.shutDown();
        try {
            String entry =
                    ledger.credited(ledger.card(station), station, 45, LocalDate.now(ZoneId.of("Asia/Shanghai")));
            long target = owner.queryForObject(
                    "SELECT global_index FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?",
                    Long.class,
                    "%" + entry + "%");
            String recordedAt = owner.queryForObject(
                    "SELECT time_stamp FROM domain_event_entry WHERE global_index = ?", String.class, target);
            owner.update(
                    "UPDATE domain_event_entry SET time_stamp = '2020-01-01T00:00:00Z' WHERE global_index = ?", target);
            try {
                assertFirstMismatch(target, "SEAL_MISMATCH");
            } finally {
                owner.update("UPDATE domain_event_entry SET time_stamp = ? WHERE global_index = ?", recordedAt, target);
            }
            JsonNode mended = verification();
            assertThat(mended.get("ok").asBoolean()).as(mended.toString()).isTrue();
            assertThat(mended.get("chainLag").asLong()).isPositive();
        } finally {
            chain.start();
        }
        assertThat(ChainCaughtUp.verification(admin).get("ok").asBoolean()).isTrue();
    }

    private void swap(long a, long b) {
        owner.update("UPDATE domain_event_entry SET global_index = -1 WHERE global_index = ?", a);
        owner.update("UPDATE domain_event_entry SET global_index = ? WHERE global_index = ?", a, b);
        owner.update("UPDATE domain_event_entry SET global_index = ? WHERE global_index = -1", b);
    }

    private void assertFirstMismatch(long position, String problem) {
        JsonNode verification = verification();
        assertThat(verification.get("ok").asBoolean())
                .as(verification.toString())
                .isFalse();
        assertThat(verification.get("firstMismatch").get("position").asLong()).isEqualTo(position);
        assertThat(verification.get("firstMismatch").get("problem").asText()).isEqualTo(problem);
        assertThat(verification.get("mismatches")).hasSize(1);
    }

    private JsonNode verification() {
        return admin.get("/api/v1/audit/verification").json();
    }
}
