package org.pointsbank.projections.balance;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads {@code card_balance}. */
@Repository
public class CardBalanceRepository {

    private static final RowMapper<CardBalance> ROW = (rs, n) -> new CardBalance(
            rs.getString("card_id"),
            rs.getString("station_id"),
            rs.getString("status"),
            rs.getLong("balance"),
            rs.getLong("balance") - rs.getLong("reserved"),
            rs.getLong("lifetime_earned"),
            rs.getLong("volunteer_minutes"),
            rs.getLong("study_minutes"),
            rs.getTimestamp("issued_at").toInstant());

    private final JdbcTemplate jdbc;

    public CardBalanceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CardBalance> find(String cardId) {
        return jdbc.query("SELECT * FROM card_balance WHERE card_id = ?", ROW, cardId).stream()
                .findFirst();
    }
}
