package org.pointsbank.api.card;

import java.util.UUID;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.station.StationCheck;
import org.pointsbank.core.card.api.IssueCard;
import org.pointsbank.projections.station.StationRepository;
import org.springframework.stereotype.Service;

/**
 * Issuing a card: at a registered station, then the holder's personal data, if given, into the erasable
 * {@code card_holder} table (never into the event log). The caller runs this in one unit of work and one
 * transaction ({@code IdempotentRequests}), so a card is never issued without the holder data it was given.
 */
@Service
public class CardIssuance {

    private final LedgerCommands commands;
    private final StationRepository stations;
    private final CardHolderStore holders;

    public CardIssuance(LedgerCommands commands, StationRepository stations, CardHolderStore holders) {
        this.commands = commands;
        this.stations = stations;
        this.holders = holders;
    }

    /** Issues a card at the station, keeping the holder's data if there is any; answers the new card's id. */
    public String issue(String stationId, HolderRequest holder) {
        StationCheck.require(stations, stationId, "stationId");
        String cardId = UUID.randomUUID().toString();
        commands.send(new IssueCard(cardId, stationId));
        if (holder != null) {
            holders.save(cardId, holder);
        }
        return cardId;
    }
}
