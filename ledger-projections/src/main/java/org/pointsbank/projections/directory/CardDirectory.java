package org.pointsbank.projections.directory;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the directory: which station a card belongs to, where an entry was earned. */
@Repository
public class CardDirectory {

    private final JdbcTemplate jdbc;

    public CardDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> stationOfCard(String cardId) {
        return jdbc
                .queryForList("SELECT station_id FROM card_directory WHERE card_id = ?", String.class, cardId)
                .stream()
                .findFirst();
    }

    /** The entry's earning station, if the entry exists on that card. */
    public Optional<String> stationOfEntry(String cardId, String entryId) {
        return jdbc
                .queryForList(
                        "SELECT station_id FROM entry_directory WHERE entry_id = ? AND card_id = ?",
                        String.class,
                        entryId,
                        cardId)
                .stream()
                .findFirst();
    }
}
