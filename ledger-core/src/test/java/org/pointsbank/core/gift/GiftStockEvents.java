package org.pointsbank.core.gift;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.pointsbank.core.gift.api.GiftAdded;
import org.pointsbank.core.gift.api.GiftHandedOver;
import org.pointsbank.core.gift.api.GiftStockReleased;
import org.pointsbank.core.gift.api.GiftStockReserved;
import org.pointsbank.core.shared.LedgerCalendar;

/** The gift, the clock and the events the stock-hold tests of {@link Gift} start from and expect. */
final class GiftStockEvents {

    private GiftStockEvents() {}

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 10:00 on 3 November 2026 in Shanghai. */
    static final Instant NOW = Instant.parse("2026-11-03T02:00:00Z");

    static final Instant EARLIER = NOW.minusSeconds(3_600);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    /** 120 points each, 10 on the shelf, at most 2 a card a month. */
    static final GiftAdded ADDED = new GiftAdded("g1", "yungu", "thermos", 120, 10, 2, EARLIER);

    static AggregateTestFixture<Gift> at(Instant now) {
        AggregateTestFixture<Gift> fixture = new AggregateTestFixture<>(Gift.class);
        fixture.registerInjectableResource(new LedgerCalendar(Clock.fixed(now, ZONE), 60));
        return fixture;
    }

    static AggregateTestFixture<Gift> fixture() {
        return at(NOW);
    }

    static GiftStockReserved held(
            String redemptionId,
            String cardId,
            int quantity,
            long unitCost,
            int stockAfter,
            YearMonth month,
            Instant at) {
        return new GiftStockReserved(
                "g1",
                "yungu",
                "thermos",
                redemptionId,
                cardId,
                quantity,
                unitCost,
                unitCost * quantity,
                stockAfter,
                month,
                at);
    }

    static GiftStockReserved held(String redemptionId, String cardId, int quantity, int stockAfter) {
        return held(redemptionId, cardId, quantity, 120, stockAfter, NOVEMBER, EARLIER);
    }

    static GiftStockReleased released(String redemptionId, String cardId, int quantity, int stockAfter) {
        return new GiftStockReleased("g1", "yungu", redemptionId, cardId, quantity, stockAfter, "CANCELLED", EARLIER);
    }

    static GiftHandedOver handedOver(String redemptionId, String cardId, int quantity) {
        return new GiftHandedOver("g1", "yungu", redemptionId, cardId, quantity, EARLIER);
    }
}
