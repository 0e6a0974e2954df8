package org.pointsbank.projections.redemption;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads {@code redemption}. */
@Repository
public class RedemptionRepository {

    private static final RowMapper<RedemptionRow> ROW = (rs, n) -> new RedemptionRow(
            rs.getString("redemption_id"),
            rs.getString("card_id"),
            rs.getString("gift_id"),
            rs.getString("gift_name"),
            rs.getString("station_id"),
            rs.getInt("quantity"),
            rs.getLong("points"),
            rs.getString("status"),
            rs.getTimestamp("placed_at").toInstant(),
            rs.getTimestamp("expires_at").toInstant(),
            instant(rs.getTimestamp("finished_at")),
            rs.getString("reason"));

    private final JdbcTemplate jdbc;

    public RedemptionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RedemptionRow> find(String redemptionId) {
        return jdbc.query("SELECT * FROM redemption WHERE redemption_id = ?", ROW, redemptionId).stream()
                .findFirst();
    }

    /** A card's redemptions, newest first. */
    public List<RedemptionRow> ofCard(String cardId, int limit) {
        return jdbc.query(
                "SELECT * FROM redemption WHERE card_id = ? ORDER BY placed_at DESC, redemption_id LIMIT ?",
                ROW,
                cardId,
                limit);
    }

    /** Ids of open redemptions whose hold ran out at or before {@code now}, oldest first. */
    public List<String> expiredBy(Instant now, int limit) {
        return jdbc.queryForList("""
                SELECT redemption_id FROM redemption
                 WHERE status = 'RESERVED' AND expires_at <= ? ORDER BY expires_at LIMIT ?""", String.class, Timestamp.from(now), limit);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
