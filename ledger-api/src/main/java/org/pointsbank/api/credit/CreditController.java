package org.pointsbank.api.credit;

import jakarta.validation.Valid;
import java.util.UUID;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.station.StationCheck;
import org.pointsbank.core.card.api.CreditStudySession;
import org.pointsbank.core.card.api.CreditVolunteerHours;
import org.pointsbank.core.card.api.EntryRecorded;
import org.pointsbank.core.card.api.ReverseEntry;
import org.pointsbank.projections.station.StationRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/** Entries on a card: credits for volunteer hours and study sessions, and their reversals. */
@RestController
@RequestMapping("/api/v1/cards/{cardId}")
public class CreditController {

    private final LedgerCommands commands;
    private final IdempotentRequests idempotency;
    private final StationRepository stations;

    public CreditController(LedgerCommands commands, IdempotentRequests idempotency, StationRepository stations) {
        this.commands = commands;
        this.idempotency = idempotency;
        this.stations = stations;
    }

    @PostMapping("/volunteer-hours")
    @PreAuthorize("@access.mayCreditAt(authentication, #request.stationId())")
    public ResponseEntity<String> creditVolunteerHours(@PathVariable String cardId,
                                                       @Valid @RequestBody CreditVolunteerHoursRequest request) {
        return idempotency.execute(request, () -> {
            StationCheck.require(stations, request.stationId(), "stationId");
            return recorded(commands.toCard(cardId, new CreditVolunteerHours(cardId, newEntryId(),
                    request.stationId(), request.activity(), request.minutes(), request.occurredOn())));
        });
    }

    @PostMapping("/study-sessions")
    @PreAuthorize("@access.mayCreditAt(authentication, #request.stationId())")
    public ResponseEntity<String> creditStudySession(@PathVariable String cardId,
                                                     @Valid @RequestBody CreditStudySessionRequest request) {
        return idempotency.execute(request, () -> {
            StationCheck.require(stations, request.stationId(), "stationId");
            return recorded(commands.toCard(cardId, new CreditStudySession(cardId, newEntryId(),
                    request.stationId(), request.topic(), request.minutes(), request.occurredOn())));
        });
    }

    @PostMapping("/entries/{entryId}/reversal")
    @PreAuthorize("@access.mayReverse(authentication, #cardId, #entryId)")
    public ResponseEntity<String> reverse(@PathVariable String cardId, @PathVariable String entryId,
                                          @Valid @RequestBody ReversalRequest request) {
        return idempotency.execute(request, () -> recorded(commands.toCard(cardId,
                new ReverseEntry(cardId, newEntryId(), entryId, request.reason()))));
    }

    private static LedgerResponse recorded(EntryRecorded entry) {
        return LedgerResponse.created(EntryResponse.of(entry));
    }

    private static String newEntryId() {
        return UUID.randomUUID().toString();
    }
}
