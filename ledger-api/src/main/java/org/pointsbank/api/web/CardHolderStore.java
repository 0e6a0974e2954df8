package org.pointsbank.api.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The erasable {@code card_holder} table: the only place personal data is kept. */
@Repository
public class CardHolderStore {

    private final JdbcTemplate jdbc;

    public CardHolderStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void save(String cardId, HolderRequest holder) {
        jdbc.update("INSERT INTO card_holder (card_id, name, phone) VALUES (?, ?, ?)",
                cardId, holder.name(), holder.phone());
    }
}
