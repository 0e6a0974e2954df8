package org.pointsbank.api.card;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The erasable {@code card_holder} table: the only place personal data is kept. */
@Repository
public class CardHolderStore {

    private final JdbcTemplate jdbc;

    public CardHolderStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<HolderResponse> find(String cardId) {
        return jdbc
                .query(
                        "SELECT card_id, name, phone FROM card_holder WHERE card_id = ?",
                        (rs, n) -> new HolderResponse(rs.getString(1), rs.getString(2), rs.getString(3)),
                        cardId)
                .stream()
                .findFirst();
    }

    /** Erases the holder's personal data for good; the ledger does not change. */
    public boolean erase(String cardId) {
        return jdbc.update("DELETE FROM card_holder WHERE card_id = ?", cardId) == 1;
    }

    public void save(String cardId, HolderRequest holder) {
        jdbc.update(
                "INSERT INTO card_holder (card_id, name, phone) VALUES (?, ?, ?)",
                cardId,
                holder.name(),
                holder.phone());
    }
}
