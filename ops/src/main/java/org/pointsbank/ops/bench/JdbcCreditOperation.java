package org.pointsbank.ops.bench;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Baseline (a), no HTTP and no framework: what appending a credit costs PostgreSQL itself. One transaction per
 * operation: read the card's last 100 events from {@code bench_event}, insert the next one (sequence = highest
 * seen + 1, a ~300-byte JSON payload like a credit event), commit. A unique violation (another client appended
 * the same sequence) is retried once.
 */
public final class JdbcCreditOperation implements Operation {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Pool<JdbcSession> sessions;
    private final List<BenchCard> cards;
    private final ZipfPicker picker;
    private final DailyCaps window;

    public JdbcCreditOperation(Pool<JdbcSession> sessions, List<BenchCard> cards, ZipfPicker picker, DailyCaps window) {
        this.sessions = sessions;
        this.cards = cards;
        this.picker = picker;
        this.window = window;
    }

    @Override
    public Outcome call(long sequence) throws InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        BenchCard card = cards.get(picker.pick(random));
        LocalDate occurredOn = window.date(random.nextInt(window.days()));
        JdbcSession session = sessions.take();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    append(session, card, occurredOn);
                    return Outcome.ok();
                } catch (SQLException e) {
                    session.rollbackQuietly();
                    if (attempt >= 2 || !UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        return Outcome.error(JdbcSession.errorKey(e));
                    }
                }
            }
        } finally {
            sessions.give(session);
        }
    }

    private static void append(JdbcSession session, BenchCard card, LocalDate occurredOn) throws SQLException {
        long last = -1;
        session.load.setString(1, card.cardId());
        try (ResultSet events = session.load.executeQuery()) {
            while (events.next()) {
                last = Math.max(last, events.getLong(1));
                events.getBytes(2);
            }
        }
        String eventId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        session.append.setString(1, card.cardId());
        session.append.setLong(2, last + 1);
        session.append.setString(3, eventId);
        session.append.setBytes(4, payload(card, eventId, occurredOn, now));
        session.append.setBytes(
                5,
                ("{\"correlationId\":\"" + UUID.randomUUID() + "\",\"actor\":\"bench\"}")
                        .getBytes(StandardCharsets.UTF_8));
        session.append.setString(6, now.toString());
        session.append.executeUpdate();
        session.connection.commit();
    }

    /** Shaped like a volunteer-hours credit event: about 300 bytes. */
    static byte[] payload(BenchCard card, String entryId, LocalDate occurredOn, Instant recordedAt) {
        return ("{\"cardId\":" + JsonText.quote(card.cardId()) + ",\"entryId\":\"" + entryId + "\",\"stationId\":"
                        + JsonText.quote(card.stationId())
                        + ",\"type\":\"VOLUNTEER_HOURS\",\"activity\":\"bench\",\"minutes\":"
                        + CreditOperation.MINUTES + ",\"points\":1,\"occurredOn\":\"" + occurredOn
                        + "\",\"recordedAt\":\""
                        + recordedAt
                        + "\",\"policyVersion\":\"v1\",\"actor\":\"bench\",\"description\":\"bench credit\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
