package org.pointsbank.ops.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Baseline (a) for reads: {@code SELECT * FROM card_balance WHERE card_id = ?} on a pooled connection. */
public final class JdbcReadOperation implements Operation {

    private final Pool<JdbcSession> sessions;
    private final List<BenchCard> cards;
    private final ZipfPicker picker;

    public JdbcReadOperation(Pool<JdbcSession> sessions, List<BenchCard> cards, ZipfPicker picker) {
        this.sessions = sessions;
        this.cards = cards;
        this.picker = picker;
    }

    @Override
    public Outcome call(long sequence) throws InterruptedException {
        BenchCard card = cards.get(picker.pick(ThreadLocalRandom.current()));
        JdbcSession session = sessions.take();
        try {
            session.read.setString(1, card.cardId());
            try (ResultSet row = session.read.executeQuery()) {
                if (!row.next()) {
                    return Outcome.error("jdbc no row");
                }
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    row.getObject(column);
                }
                return Outcome.ok();
            }
        } catch (SQLException e) {
            return Outcome.error(JdbcSession.errorKey(e));
        } finally {
            sessions.give(session);
        }
    }
}
