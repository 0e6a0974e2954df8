package org.pointsbank.projections.gift;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads {@code gift}. */
@Repository
public class GiftRepository {

    private static final RowMapper<GiftRow> ROW = (rs, n) -> new GiftRow(
            rs.getString("gift_id"),
            rs.getString("station_id"),
            rs.getString("name"),
            rs.getLong("points_cost"),
            rs.getInt("stock"),
            (Integer) rs.getObject("per_card_monthly_limit"),
            rs.getString("status"),
            rs.getTimestamp("added_at").toInstant());

    private final JdbcTemplate jdbc;

    public GiftRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<GiftRow> atStation(String stationId) {
        return jdbc.query("SELECT * FROM gift WHERE station_id = ? ORDER BY name, gift_id", ROW, stationId);
    }

    public Optional<GiftRow> find(String giftId) {
        return jdbc.query("SELECT * FROM gift WHERE gift_id = ?", ROW, giftId).stream()
                .findFirst();
    }
}
