package org.pointsbank.api.credit;

import java.util.UUID;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.station.StationCheck;
import org.pointsbank.core.card.api.CreditStudySession;
import org.pointsbank.core.card.api.CreditVolunteerHours;
import org.pointsbank.core.card.api.EntryRecorded;
import org.pointsbank.projections.station.StationRepository;
import org.springframework.stereotype.Service;

/**
 * Credits on a card, for volunteer hours and study sessions: the one body of the API's credit actions and the
 * desk's credit forms. The caller runs it inside {@code IdempotentRequests}, so each form or request records once;
 * the card's rules (the policy's range, the daily cap, the dates, closed months) are the card aggregate's.
 */
@Service
public class Credits {

    private final LedgerCommands commands;
    private final StationRepository stations;

    public Credits(LedgerCommands commands, StationRepository stations) {
        this.commands = commands;
        this.stations = stations;
    }

    /** Credits volunteer work at the request's station; answers 201 with the entry and the balance after it. */
    public LedgerResponse volunteerHours(String cardId, CreditVolunteerHoursRequest request) {
        StationCheck.require(stations, request.stationId(), "stationId");
        return recorded(commands.toCard(
                cardId,
                new CreditVolunteerHours(
                        cardId,
                        newEntryId(),
                        request.stationId(),
                        request.activity(),
                        request.minutes(),
                        request.occurredOn())));
    }

    /** Credits a study session at the request's station; answers 201 with the entry and the balance after it. */
    public LedgerResponse studySession(String cardId, CreditStudySessionRequest request) {
        StationCheck.require(stations, request.stationId(), "stationId");
        return recorded(commands.toCard(
                cardId,
                new CreditStudySession(
                        cardId,
                        newEntryId(),
                        request.stationId(),
                        request.topic(),
                        request.minutes(),
                        request.occurredOn())));
    }

    static LedgerResponse recorded(EntryRecorded entry) {
        return LedgerResponse.created(EntryResponse.of(entry));
    }

    static String newEntryId() {
        return UUID.randomUUID().toString();
    }
}
