package org.pointsbank.projections.directory;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.pointsbank.core.card.api.CardIssued;
import org.pointsbank.core.card.api.CommendationBonusCredited;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.ProblemReportCredited;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code card_directory} and {@code entry_directory}: the issuing station of each
 * card and the earning station of each entry, which authorisation decides on. It runs in a
 * subscribing processor, inside the transaction that records the event, so a card is
 * reachable by its station's staff the moment its issue is acknowledged.
 */
@Component
@ProcessingGroup(CardDirectoryProjection.NAME)
public class CardDirectoryProjection {

    public static final String NAME = "card_directory";

    private final JdbcTemplate jdbc;

    public CardDirectoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CardIssued event) {
        jdbc.update(
                "INSERT INTO card_directory (card_id, station_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.cardId(),
                event.stationId());
    }

    @EventHandler
    void on(VolunteerHoursCredited event) {
        entry(event.entryId(), event.cardId(), event.stationId());
    }

    @EventHandler
    void on(StudySessionCredited event) {
        entry(event.entryId(), event.cardId(), event.stationId());
    }

    @EventHandler
    void on(CommendationBonusCredited event) {
        entry(event.entryId(), event.cardId(), event.stationId());
    }

    /** A problem report's reward is an entry like any other: staff of its station may reverse it. */
    @EventHandler
    void on(ProblemReportCredited event) {
        entry(event.entryId(), event.cardId(), event.stationId());
    }

    @EventHandler
    void on(EntryReversed event) {
        entry(event.entryId(), event.cardId(), event.stationId());
    }

    private void entry(String entryId, String cardId, String stationId) {
        jdbc.update(
                "INSERT INTO entry_directory (entry_id, card_id, station_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                entryId,
                cardId,
                stationId);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM entry_directory");
        jdbc.update("DELETE FROM card_directory");
    }
}
