package org.pointsbank.api.redemption;

import java.time.Instant;
import org.pointsbank.core.redemption.api.PlaceRedemption;
import org.pointsbank.projections.redemption.RedemptionRow;

/**
 * A redemption as the API shows it ({@code redemptionId, cardId, giftId, quantity, points, status,
 * expiresAt}), with the gift's name and station, when it was placed and when it ended ({@code finishedAt}, null
 * while RESERVED) and the reason of a cancellation.
 */
public record RedemptionResponse(
        String redemptionId,
        String cardId,
        String giftId,
        String giftName,
        String stationId,
        int quantity,
        long points,
        String status,
        Instant placedAt,
        Instant expiresAt,
        Instant finishedAt,
        String reason) {

    static RedemptionResponse of(RedemptionRow row) {
        return new RedemptionResponse(
                row.redemptionId(),
                row.cardId(),
                row.giftId(),
                row.giftName(),
                row.stationId(),
                row.quantity(),
                row.points(),
                row.status(),
                row.placedAt(),
                row.expiresAt(),
                row.finishedAt(),
                row.reason());
    }

    /** A redemption just placed, as its command records it (its read model row is written when the request commits). */
    public static RedemptionResponse placed(PlaceRedemption placed) {
        return new RedemptionResponse(
                placed.redemptionId(),
                placed.cardId(),
                placed.giftId(),
                placed.giftName(),
                placed.stationId(),
                placed.quantity(),
                placed.points(),
                "RESERVED",
                placed.placedAt(),
                placed.expiresAt(),
                null,
                null);
    }

    /** The same redemption, finished now. */
    RedemptionResponse finished(String status, Instant at, String why) {
        return new RedemptionResponse(
                redemptionId,
                cardId,
                giftId,
                giftName,
                stationId,
                quantity,
                points,
                status,
                placedAt,
                expiresAt,
                at,
                why);
    }
}
