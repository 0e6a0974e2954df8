package org.pointsbank.projections.balance;

import java.util.Optional;
import java.util.OptionalLong;
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

    /** The card's last event sequence the balance read model has applied, if it knows the card. */
    public OptionalLong lastSequence(String cardId) {
        return jdbc
                .queryForList("SELECT last_sequence FROM card_balance WHERE card_id = ?", Long.class, cardId)
                .stream()
                .mapToLong(Long::longValue)
                .findFirst();
    }
}
