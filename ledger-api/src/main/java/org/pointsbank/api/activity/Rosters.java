package org.pointsbank.api.activity;

import java.util.List;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.core.activity.api.AddToRoster;
import org.pointsbank.core.activity.api.RosterChanged;
import org.pointsbank.projections.directory.CardDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Putting cards on an activity's roster, all or nothing: for the API and the desk's page alike. */
@Service
public class Rosters {

    private final LedgerCommands commands;
    private final CardDirectory cards;

    public Rosters(LedgerCommands commands, CardDirectory cards) {
        this.commands = commands;
        this.cards = cards;
    }

    /** Adds {@code request}'s cards: 404 CARD_NOT_FOUND listing the unknown ones, or the cards added. */
    public LedgerResponse add(String activityId, RosterRequest request) {
        List<String> unknown = request.cardIds().stream()
                .distinct()
                .filter(card -> !isCard(card))
                .toList();
        if (!unknown.isEmpty()) {
            throw new ApiException(
                    HttpStatus.NOT_FOUND, "CARD_NOT_FOUND", "no card " + String.join(", ", unknown), "cardIds");
        }
        RosterChanged changed = commands.send(new AddToRoster(activityId, request.cardIds()));
        return LedgerResponse.ok(
                new ActivityController.RosterAdded(activityId, changed == null ? List.of() : changed.added()));
    }

    private boolean isCard(String cardId) {
        try {
            LedgerCommands.requireCardId(cardId);
        } catch (ApiException notACard) {
            return false;
        }
        return cards.stationOfCard(cardId).isPresent();
    }
}
