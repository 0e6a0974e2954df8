package org.pointsbank.projections.balance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The changes one processor batch makes to {@code card_balance}, summed per card and written
 * with two JDBC batches when the batch commits, instead of one round trip per event. Each
 * card's summed change is guarded by the first sequence number it covers: a batch commits
 * with its token as a whole, so a card's row is either before all of it or after all of it.
 */
final class CardBalanceBatch {

    private record Issued(String cardId, String stationId, Instant issuedAt, long sequence) {
    }

    private static final class Change {
        final long firstSequence;
        long lastSequence;
        long earned;
        long spent;
        long reserved;
        long volunteerMinutes;
        long studyMinutes;
        boolean closed;

        Change(long firstSequence) {
            this.firstSequence = firstSequence;
            this.lastSequence = firstSequence;
        }
    }

    private final List<Issued> issued = new ArrayList<>();
    private final Map<String, Change> changes = new LinkedHashMap<>();

    void issue(String cardId, String stationId, Instant issuedAt, long sequence) {
        issued.add(new Issued(cardId, stationId, issuedAt, sequence));
    }

    /** Points earned (credits, bonuses) or taken back (reversals, negative): balance and lifetime earnings. */
    void add(String cardId, long sequence, long points, int volunteerMinutes, int studyMinutes) {
        Change change = change(cardId, sequence);
        change.earned += points;
        change.volunteerMinutes += volunteerMinutes;
        change.studyMinutes += studyMinutes;
    }

    /** Points held for a redemption (positive) or no longer held (negative): the balance stays. */
    void hold(String cardId, long sequence, long points) {
        change(cardId, sequence).reserved += points;
    }

    /** Held points spent on a gift: they leave the balance and the hold, not the lifetime earnings. */
    void spend(String cardId, long sequence, long points) {
        Change change = change(cardId, sequence);
        change.spent += points;
        change.reserved -= points;
    }

    void close(String cardId, long sequence) {
        change(cardId, sequence).closed = true;
    }

    private Change change(String cardId, long sequence) {
        Change change = changes.computeIfAbsent(cardId, id -> new Change(sequence));
        change.lastSequence = Math.max(change.lastSequence, sequence);
        return change;
    }

    void flush(JdbcTemplate jdbc) {
        if (!issued.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO card_balance (card_id, station_id, status, balance, reserved, lifetime_earned,
                                              volunteer_minutes, study_minutes, issued_at, last_sequence)
                    VALUES (?, ?, 'ACTIVE', 0, 0, 0, 0, 0, ?, ?)
                    ON CONFLICT (card_id) DO NOTHING""",
                    issued.stream().map(i -> new Object[] {i.cardId(), i.stationId(), Timestamp.from(i.issuedAt()),
                            i.sequence()}).toList());
        }
        if (!changes.isEmpty()) {
            List<Object[]> rows = new ArrayList<>(changes.size());
            changes.forEach((cardId, c) -> rows.add(new Object[] {c.earned - c.spent, c.earned, c.reserved,
                    c.volunteerMinutes, c.studyMinutes, c.closed, c.lastSequence, cardId, c.firstSequence}));
            jdbc.batchUpdate("""
                    UPDATE card_balance
                       SET balance = balance + ?, lifetime_earned = lifetime_earned + ?, reserved = reserved + ?,
                           volunteer_minutes = volunteer_minutes + ?, study_minutes = study_minutes + ?,
                           status = CASE WHEN ? THEN 'CLOSED' ELSE status END, last_sequence = ?
                     WHERE card_id = ? AND last_sequence < ?""", rows);
        }
        issued.clear();
        changes.clear();
    }
}
