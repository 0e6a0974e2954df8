package org.pointsbank.projections.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.certificate.api.CertificateIssued;
import org.pointsbank.projections.support.LongStatements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code certificate}, {@code certificate_entry} and {@code certificate_reversal}: a streaming read model
 * (rebuildable, its failures parked). A reversal is recorded, and every certificate that counted the reversed entry
 * turns invalid; an issue is recorded, and turns invalid at once when one of its entries was reversed already. So
 * the outcome is the same in whichever order the two arrive (across cards and nodes), and the earliest reversal
 * is the one named. Written statement by statement, in event order: certificates are few.
 */
@Component
@ProcessingGroup(CertificateProjection.NAME)
public class CertificateProjection {

    public static final String NAME = "certificate";

    /** The one reason a certificate turns invalid. */
    public static final String ENTRY_REVERSED = "ENTRY_REVERSED";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final LongStatements longStatements;

    public CertificateProjection(JdbcTemplate jdbc, LongStatements longStatements) {
        this.jdbc = jdbc;
        this.longStatements = longStatements;
    }

    @EventHandler
    void on(CertificateIssued e) {
        jdbc.update(
                """
                INSERT INTO certificate (certificate_id, number, card_id, station_id, issued_at, period_from, period_to,
                                         volunteer_minutes, study_minutes, by_year, activity_ids, commendations, valid)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, true)
                ON CONFLICT (certificate_id) DO NOTHING""",
                e.certificateId(),
                e.number(),
                e.cardId(),
                e.stationId(),
                Timestamp.from(e.issuedAt()),
                Date.valueOf(e.from()),
                Date.valueOf(e.to()),
                e.volunteerMinutes(),
                e.studyMinutes(),
                json(e.volunteerMinutesByYear()),
                json(e.activityIds()),
                json(e.commendations()));
        jdbc.update("""
                INSERT INTO certificate_entry (entry_id, certificate_id)
                SELECT unnest(?::varchar[]), ? ON CONFLICT DO NOTHING""", e.countedEntryIds().toArray(String[]::new), e.certificateId());
        jdbc.update("""
                UPDATE certificate c
                   SET valid = false, invalid_reason_code = ?, invalidated_at = r.recorded_at,
                       invalidated_by_entry = r.reversal_entry_id
                  FROM (SELECT r.* FROM certificate_reversal r
                          JOIN certificate_entry ce ON ce.entry_id = r.entry_id AND ce.certificate_id = ?
                         ORDER BY r.recorded_at, r.reversal_entry_id LIMIT 1) r
                 WHERE c.certificate_id = ?
                   AND (c.valid OR c.invalidated_at > r.recorded_at)""", ENTRY_REVERSED, e.certificateId(), e.certificateId());
    }

    @EventHandler
    void on(EntryReversed e) {
        jdbc.update(
                """
                INSERT INTO certificate_reversal (entry_id, reversal_entry_id, occurred_on, recorded_at)
                VALUES (?, ?, ?, ?) ON CONFLICT (entry_id) DO NOTHING""", e.reversedEntryId(), e.entryId(), Date.valueOf(e.occurredOn()), Timestamp.from(e.recordedAt()));
        jdbc.update(
                """
                UPDATE certificate c
                   SET valid = false, invalid_reason_code = ?, invalidated_at = ?, invalidated_by_entry = ?
                  FROM certificate_entry ce
                 WHERE ce.entry_id = ? AND ce.certificate_id = c.certificate_id
                   AND (c.valid OR c.invalidated_at > ?)""",
                ENTRY_REVERSED,
                Timestamp.from(e.recordedAt()),
                e.entryId(),
                e.reversedEntryId(),
                Timestamp.from(e.recordedAt()));
    }

    @ResetHandler
    void reset() {
        longStatements.allowInThisTransaction();
        jdbc.update("DELETE FROM certificate_entry");
        jdbc.update("DELETE FROM certificate_reversal");
        jdbc.update("DELETE FROM certificate");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }
}
