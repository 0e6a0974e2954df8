package org.pointsbank.api.gift;

import org.pointsbank.projections.gift.GiftRow;

/** A gift of a station's catalogue, with its monthly limit per card (null: none). */
public record GiftResponse(
        String giftId,
        String stationId,
        String name,
        long pointsCost,
        int stock,
        Integer perCardMonthlyLimit,
        String status) {

    static GiftResponse of(GiftRow row) {
        return new GiftResponse(
                row.giftId(),
                row.stationId(),
                row.name(),
                row.pointsCost(),
                row.stock(),
                row.perCardMonthlyLimit(),
                row.status());
    }
}
