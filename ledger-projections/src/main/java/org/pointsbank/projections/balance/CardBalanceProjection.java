package org.pointsbank.projections.balance;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.pointsbank.core.card.api.CardClosed;
import org.pointsbank.core.card.api.CardIssued;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.core.shared.EntryType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code card_balance}: one row a card with its balance and totals. Every update is
 * guarded by the card's event sequence number, so an event handled twice changes nothing.
 */
@Component
@ProcessingGroup(CardBalanceProjection.NAME)
public class CardBalanceProjection {

    public static final String NAME = "card_balance";

    private static final String APPLY = """
            UPDATE card_balance
               SET balance = balance + ?, lifetime_earned = lifetime_earned + ?,
                   volunteer_minutes = volunteer_minutes + ?, study_minutes = study_minutes + ?,
                   last_sequence = ?
             WHERE card_id = ? AND last_sequence < ?""";

    private final JdbcTemplate jdbc;

    public CardBalanceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CardIssued event, @SequenceNumber long sequence) {
        jdbc.update("""
                INSERT INTO card_balance (card_id, station_id, status, balance, reserved, lifetime_earned,
                                          volunteer_minutes, study_minutes, issued_at, last_sequence)
                VALUES (?, ?, 'ACTIVE', 0, 0, 0, 0, 0, ?, ?)
                ON CONFLICT (card_id) DO NOTHING""",
                event.cardId(), event.stationId(), Timestamp.from(event.issuedAt()), sequence);
    }

    @EventHandler
    void on(VolunteerHoursCredited event, @SequenceNumber long sequence) {
        apply(event.cardId(), sequence, event.points(), event.minutes(), 0);
    }

    @EventHandler
    void on(StudySessionCredited event, @SequenceNumber long sequence) {
        apply(event.cardId(), sequence, event.points(), 0, event.minutes());
    }

    @EventHandler
    void on(EntryReversed event, @SequenceNumber long sequence) {
        boolean volunteer = event.reversedType() == EntryType.VOLUNTEER_HOURS;
        apply(event.cardId(), sequence, event.points(), volunteer ? event.minutes() : 0,
                volunteer ? 0 : event.minutes());
    }

    @EventHandler
    void on(CardClosed event, @SequenceNumber long sequence) {
        jdbc.update("UPDATE card_balance SET status = 'CLOSED', last_sequence = ? WHERE card_id = ? AND last_sequence < ?",
                sequence, event.cardId(), sequence);
    }

    private void apply(String cardId, long sequence, long points, int volunteerMinutes, int studyMinutes) {
        // Credits and reversals are earnings (reversals negative); gift redemptions will not be.
        jdbc.update(APPLY, points, points, volunteerMinutes, studyMinutes, sequence, cardId, sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM card_balance");
    }
}
