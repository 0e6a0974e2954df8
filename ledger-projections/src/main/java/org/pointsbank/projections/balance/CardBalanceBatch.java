package org.pointsbank.projections.balance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pointsbank.projections.support.BatchWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The changes one processor batch makes to {@code card_balance}, queued per event and, when the batch
 * commits, summed per card and written with two JDBC batches instead of one round trip per event. Each
 * card's summed change is guarded by the first sequence number it covers: a batch commits with its token
 * as a whole, so a card's row is either before all of it or after all of it.
 */
final class CardBalanceBatch implements BatchWriter<CardBalanceBatch.Write> {

    sealed interface Write permits Issued, Change {}

    record Issued(String cardId, String stationId, Instant issuedAt, long sequence) implements Write {}

    /** Points earned (or taken back), spent, held (or released); minutes; whether the card closed. */
    record Change(
            String cardId,
            long sequence,
            long earned,
            long spent,
            long reserved,
            long volunteerMinutes,
            long studyMinutes,
            boolean closed)
            implements Write {}

    private static final class Sum {
        long firstSequence = Long.MAX_VALUE;
        long lastSequence = Long.MIN_VALUE;
        long earned;
        long spent;
        long reserved;
        long volunteerMinutes;
        long studyMinutes;
        boolean closed;

        void add(Change c) {
            firstSequence = Math.min(firstSequence, c.sequence());
            lastSequence = Math.max(lastSequence, c.sequence());
            earned += c.earned();
            spent += c.spent();
            reserved += c.reserved();
            volunteerMinutes += c.volunteerMinutes();
            studyMinutes += c.studyMinutes();
            closed |= c.closed();
        }
    }

    static final CardBalanceBatch WRITER = new CardBalanceBatch();

    @Override
    public void write(JdbcTemplate jdbc, List<Write> writes) {
        List<Object[]> issued = new ArrayList<>();
        Map<String, Sum> sums = new LinkedHashMap<>();
        for (Write write : writes) {
            if (write instanceof Issued i) {
                issued.add(new Object[] {i.cardId(), i.stationId(), Timestamp.from(i.issuedAt()), i.sequence()});
            } else if (write instanceof Change c) {
                sums.computeIfAbsent(c.cardId(), id -> new Sum()).add(c);
            }
        }
        if (!issued.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO card_balance (card_id, station_id, status, balance, reserved, lifetime_earned,
                                              volunteer_minutes, study_minutes, issued_at, last_sequence)
                    VALUES (?, ?, 'ACTIVE', 0, 0, 0, 0, 0, ?, ?)
                    ON CONFLICT (card_id) DO NOTHING""", issued);
        }
        if (!sums.isEmpty()) {
            List<Object[]> rows = new ArrayList<>(sums.size());
            sums.forEach((cardId, c) -> rows.add(new Object[] {
                c.earned - c.spent,
                c.earned,
                c.reserved,
                c.volunteerMinutes,
                c.studyMinutes,
                c.closed,
                c.lastSequence,
                cardId,
                c.firstSequence
            }));
            jdbc.batchUpdate("""
                    UPDATE card_balance
                       SET balance = balance + ?, lifetime_earned = lifetime_earned + ?, reserved = reserved + ?,
                           volunteer_minutes = volunteer_minutes + ?, study_minutes = study_minutes + ?,
                           status = CASE WHEN ? THEN 'CLOSED' ELSE status END, last_sequence = ?
                     WHERE card_id = ? AND last_sequence < ?""", rows);
        }
    }
}
