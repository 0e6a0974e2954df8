package org.pointsbank.api.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.projection.ProjectionStatus;
import org.pointsbank.api.projection.Projections;
import org.pointsbank.core.certificate.api.IssueCertificate;
import org.pointsbank.projections.certificate.CertificateProjection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code certificate} is a read model like the others: listed for rebuild with its dead-letter queue, and rebuilt
 * from the log identical, an invalidated certificate included; invalid whichever of an issue and a reversal comes
 * first.
 */
class CertificateRebuildIT extends IntegrationTest {

    private static final String CERTIFICATES = "SELECT * FROM certificate WHERE card_id = ? ORDER BY certificate_id";
    private static final String ENTRIES = """
            SELECT ce.* FROM certificate_entry ce JOIN certificate c USING (certificate_id)
             WHERE c.card_id = ? ORDER BY ce.certificate_id, ce.entry_id""";
    private static final String REVERSALS = "SELECT * FROM certificate_reversal WHERE entry_id = ?";

    @Autowired
    private Projections projections;

    @Autowired
    private CommandGateway commands;

    @Test
    void rebuildingTheCertificatesFromTheLogGivesTheSameRows() {
        CertificateWorld world = CertificateWorld.create(admin, ledger.station(), port);
        String first = ledger.credited(world.cardId(), world.station(), 60, today());
        assertThat(world.issue(world.volunteer(), null).status()).isEqualTo(201);
        ledger.credited(world.cardId(), world.station(), 120, today().minusDays(1));
        ApiResponse second = world.issue(admin, "{\"from\":\"" + today().minusDays(1) + "\"}");
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(ledger.reverse(world.cardId(), first).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.queryForList(CERTIFICATES, world.cardId()))
                        .extracting(row -> row.get("valid"))
                        .containsExactlyInAnyOrder(false, false));
        List<Map<String, Object>> certificates = jdbc.queryForList(CERTIFICATES, world.cardId());
        List<Map<String, Object>> entries = jdbc.queryForList(ENTRIES, world.cardId());
        assertThat(entries).hasSize(3);
        ProjectionStatus status = projections.status(CertificateProjection.NAME);
        assertThat(status.rebuildable()).isTrue();
        assertThat(status.parked()).as("its dead-letter queue's count").isZero();

        projections.rebuild(CertificateProjection.NAME);

        await().atMost(Duration.ofSeconds(30)).until(() -> !projections.isRebuilding(CertificateProjection.NAME));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.queryForList(CERTIFICATES, world.cardId()))
                        .isEqualTo(certificates));
        assertThat(jdbc.queryForList(ENTRIES, world.cardId())).isEqualTo(entries);
    }

    /**
     * The append-only tables ({@code certificate_entry}, {@code certificate_reversal}: the service may insert and
     * delete, never update) are repaired by a rebuild whose copy differs from them: a counted entry deleted from the
     * live table is inserted again, and a reversal row that differs from the copy's under the same key (deleted and
     * put back wrong, as an update cannot be done) is deleted and the copy's inserted.
     */
    @Test
    void aRebuildDeletesAndInsertsTheAppendOnlyRowsThatDifferFromItsCopy() {
        CertificateWorld world = CertificateWorld.create(admin, ledger.station(), port);
        String first = ledger.credited(world.cardId(), world.station(), 60, today());
        ledger.credited(world.cardId(), world.station(), 90, today().minusDays(1));
        assertThat(world.issue(world.volunteer(), null).status()).isEqualTo(201);
        assertThat(ledger.reverse(world.cardId(), first).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(jdbc.queryForList(REVERSALS, first)).hasSize(1));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.queryForList(CERTIFICATES, world.cardId()))
                        .extracting(row -> row.get("valid"))
                        .containsExactly(false));
        List<Map<String, Object>> certificates = jdbc.queryForList(CERTIFICATES, world.cardId());
        List<Map<String, Object>> entries = jdbc.queryForList(ENTRIES, world.cardId());
        List<Map<String, Object>> reversals = jdbc.queryForList(REVERSALS, first);
        assertThat(entries).hasSize(2);
        Map<String, Object> reversal = reversals.get(0);
        Map<String, Object> counted = entries.stream()
                .filter(row -> !first.equals(row.get("entry_id")))
                .findFirst()
                .orElseThrow();
        assertThat(jdbc.update(
                        "DELETE FROM certificate_entry WHERE entry_id = ? AND certificate_id = ?",
                        counted.get("entry_id"),
                        counted.get("certificate_id")))
                .isEqualTo(1);
        assertThat(jdbc.update("DELETE FROM certificate_reversal WHERE entry_id = ?", first))
                .isEqualTo(1);
        jdbc.update(
                "INSERT INTO certificate_reversal (entry_id, reversal_entry_id, occurred_on, recorded_at)"
                        + " VALUES (?, 'not-the-reversal', ?, now())",
                first,
                today().minusDays(5));
        assertThat(jdbc.queryForList(REVERSALS, first)).isNotEqualTo(reversals);

        projections.rebuild(CertificateProjection.NAME);

        await().atMost(Duration.ofSeconds(30)).until(() -> !projections.isRebuilding(CertificateProjection.NAME));
        assertThat(projections.status(CertificateProjection.NAME).rebuildFailure())
                .isNull();
        assertThat(jdbc.queryForList(REVERSALS, first))
                .as("certificate_reversal")
                .isEqualTo(reversals);
        assertThat(jdbc.queryForList(ENTRIES, world.cardId()))
                .as("certificate_entry")
                .isEqualTo(entries);
        assertThat(jdbc.queryForList(CERTIFICATES, world.cardId()))
                .as("certificate")
                .isEqualTo(certificates);
        assertThat(reversal.get("reversal_entry_id")).isNotEqualTo("not-the-reversal");
    }

    /**
     * A reversal the read model saw before the issue that counted its entry (a race across nodes): the certificate is
     * invalid as soon as it is projected, naming that reversal.
     */
    @Test
    void anIssueProjectedAfterTheReversalOfACountedEntryIsInvalidAtOnce() {
        CertificateWorld world = CertificateWorld.create(admin, ledger.station(), port);
        String entry = ledger.credited(world.cardId(), world.station(), 60, today());
        assertThat(ledger.reverse(world.cardId(), entry).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM certificate_reversal WHERE entry_id = ?", Integer.class, entry)
                        == 1);
        String certificateId = UUID.randomUUID().toString();

        commands.sendAndWait(new IssueCertificate(
                certificateId,
                "RACE-" + certificateId,
                world.cardId(),
                world.station(),
                today(),
                today(),
                Map.of(today().getYear(), 60),
                60,
                0,
                List.of(),
                List.of(),
                List.of(entry)));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.queryForMap(
                                "SELECT valid, invalid_reason_code FROM certificate WHERE certificate_id = ?",
                                certificateId))
                        .containsEntry("valid", false)
                        .containsEntry("invalid_reason_code", "ENTRY_REVERSED"));
    }
}
