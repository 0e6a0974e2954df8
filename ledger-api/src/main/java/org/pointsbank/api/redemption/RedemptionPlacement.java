package org.pointsbank.api.redemption;

import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.pointsbank.api.config.PointsBankProperties;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.core.card.api.ReservePoints;
import org.pointsbank.core.gift.api.GiftStockReserved;
import org.pointsbank.core.gift.api.ReserveGiftStock;
import org.pointsbank.core.redemption.api.PlaceRedemption;
import org.pointsbank.projections.directory.CardDirectory;
import org.springframework.stereotype.Service;

/**
 * Placing a redemption (ADR 6): the gift's stock is reserved first, then the card's points, then the redemption
 * is recorded, each step taking what the one before it granted. The caller runs this in one unit of work and one
 * transaction ({@code IdempotentRequests}), so it is all three or nothing, and each aggregate's lock serialises
 * the desks that ask for the same gift or card at once (gift before card, as the redemption process takes them).
 */
@Service
public class RedemptionPlacement {

    private final LedgerCommands commands;
    private final CardDirectory cards;
    private final PointsBankProperties properties;

    public RedemptionPlacement(LedgerCommands commands, CardDirectory cards, PointsBankProperties properties) {
        this.commands = commands;
        this.cards = cards;
        this.properties = properties;
    }

    /** Places a redemption of {@code quantity} of the gift for the card; answers the command that recorded it. */
    public PlaceRedemption place(String cardId, String giftId, int quantity) {
        LedgerCommands.requireCardId(cardId);
        if (cards.stationOfCard(cardId).isEmpty()) {
            throw ApiException.cardNotFound(cardId);
        }
        String redemptionId = UUID.randomUUID().toString();
        GiftStockReserved stock = reserveStock(giftId, redemptionId, cardId, quantity);
        commands.toCard(
                cardId,
                new ReservePoints(
                        cardId,
                        redemptionId,
                        stock.giftId(),
                        stock.giftName(),
                        stock.stationId(),
                        stock.quantity(),
                        stock.points()));
        PlaceRedemption place = new PlaceRedemption(
                redemptionId,
                cardId,
                stock.giftId(),
                stock.giftName(),
                stock.stationId(),
                stock.quantity(),
                stock.points(),
                stock.recordedAt(),
                properties.redemptions().hold());
        commands.send(place);
        return place;
    }

    private GiftStockReserved reserveStock(String giftId, String redemptionId, String cardId, int quantity) {
        try {
            return commands.send(new ReserveGiftStock(giftId, redemptionId, cardId, quantity));
        } catch (AggregateNotFoundException e) {
            throw ApiException.giftNotFound(giftId);
        }
    }
}
