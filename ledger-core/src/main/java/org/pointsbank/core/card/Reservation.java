package org.pointsbank.core.card;

import java.time.Instant;
import java.time.LocalDate;
import org.pointsbank.core.card.api.GiftRedeemed;

/** Points the card holds for one open redemption, and what the statement line will say when it is fulfilled. */
record Reservation(String giftId, String giftName, String stationId, int quantity, long points) {

    /** The held points leave a card whose balance is {@code balance}: the entry's id is the redemption's. */
    GiftRedeemed redeemed(String cardId, String redemptionId, long balance, LocalDate fulfilledOn, Instant now) {
        return new GiftRedeemed(
                cardId,
                redemptionId,
                redemptionId,
                giftId,
                giftName,
                stationId,
                quantity,
                -points,
                balance - points,
                fulfilledOn,
                now);
    }
}
