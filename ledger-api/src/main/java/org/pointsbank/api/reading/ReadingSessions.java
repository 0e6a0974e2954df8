package org.pointsbank.api.reading;

import java.util.UUID;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.api.station.StationCheck;
import org.pointsbank.core.card.api.EndReadingSession;
import org.pointsbank.core.card.api.ReadingSessionEnded;
import org.pointsbank.core.card.api.ReadingSessionStarted;
import org.pointsbank.core.card.api.StartReadingSession;
import org.pointsbank.projections.station.StationRepository;
import org.springframework.stereotype.Component;

/**
 * A volunteer's reading session on their own card, started and ended with the code on the room's door: the card
 * checks the code. The API and the volunteer's one-tap page both call these inside their idempotent request.
 */
@Component
public class ReadingSessions {

    private final LedgerCommands commands;
    private final StationRepository stations;

    ReadingSessions(LedgerCommands commands, StationRepository stations) {
        this.commands = commands;
        this.stations = stations;
    }

    /** 201 with the session, OPEN. */
    public LedgerResponse start(String stationId, String code, LedgerUser volunteer) {
        StationCheck.require(stations, stationId, "stationId");
        String cardId = volunteer.cardId();
        ReadingSessionStarted started = commands.toCard(
                cardId, new StartReadingSession(cardId, UUID.randomUUID().toString(), stationId, code));
        return LedgerResponse.created(ReadingSessionStartedResponse.of(started));
    }

    /** 200 with how the session ended. */
    public LedgerResponse end(String sessionId, String code, LedgerUser volunteer) {
        String cardId = volunteer.cardId();
        ReadingSessionEnded ended = commands.toCard(cardId, new EndReadingSession(cardId, sessionId, code));
        return LedgerResponse.ok(ReadingSessionEndedResponse.of(ended));
    }
}
