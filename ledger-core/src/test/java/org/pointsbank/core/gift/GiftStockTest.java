package org.pointsbank.core.gift;

import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.gift.GiftStockEvents.ADDED;
import static org.pointsbank.core.gift.GiftStockEvents.EARLIER;
import static org.pointsbank.core.gift.GiftStockEvents.NOVEMBER;
import static org.pointsbank.core.gift.GiftStockEvents.NOW;
import static org.pointsbank.core.gift.GiftStockEvents.OCTOBER;
import static org.pointsbank.core.gift.GiftStockEvents.at;
import static org.pointsbank.core.gift.GiftStockEvents.fixture;
import static org.pointsbank.core.gift.GiftStockEvents.handedOver;
import static org.pointsbank.core.gift.GiftStockEvents.held;
import static org.pointsbank.core.gift.GiftStockEvents.released;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasField;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.gift.api.GiftAdded;
import org.pointsbank.core.gift.api.GiftPriceChanged;
import org.pointsbank.core.gift.api.GiftRetired;
import org.pointsbank.core.gift.api.GiftStockReserved;
import org.pointsbank.core.gift.api.ReserveGiftStock;

/** Holding a gift's stock for redemptions ({@link ReserveGiftStock}), within the monthly limit per card. */
@DisplayName("Gift stock holds")
class GiftStockTest {

    @Nested
    @DisplayName("ReserveGiftStock")
    class Reserving {

        @Test
        void holdsStockAtTodaysPriceForTheCalendarsMonth() {
            GiftStockReserved expected = held("r1", "card-a", 2, 120, 8, NOVEMBER, NOW);
            fixture()
                    .given(ADDED)
                    .when(new ReserveGiftStock("g1", "r1", "card-a", 2))
                    .expectEvents(expected)
                    .expectResultMessagePayload(expected);
        }

        @Test
        void countsTheMonthInTheServicesZone() {
            // 16:00 UTC on 31 October is already 1 November in Shanghai
            Instant midnightInShanghai = Instant.parse("2026-10-31T16:00:00Z");
            at(midnightInShanghai)
                    .given(ADDED)
                    .when(new ReserveGiftStock("g1", "r1", "card-a", 1))
                    .expectEvents(held("r1", "card-a", 1, 120, 9, NOVEMBER, midnightInShanghai));
            at(midnightInShanghai.minusSeconds(1))
                    .given(ADDED)
                    .when(new ReserveGiftStock("g1", "r1", "card-a", 1))
                    .expectEvents(held("r1", "card-a", 1, 120, 9, OCTOBER, midnightInShanghai.minusSeconds(1)));
        }

        @Test
        void refusesAQuantityOfNothing() {
            fixture()
                    .given(ADDED)
                    .when(new ReserveGiftStock("g1", "r1", "card-a", 0))
                    .expectException(InvalidGiftTerms.class)
                    .expectException(allOf(hasCode("INVALID_GIFT_TERMS"), hasField("quantity")))
                    .expectNoEvents();
        }

        @Test
        void refusesMoreThanTheShelfHolds() {
            fixture()
                    .given(new GiftAdded("g1", "yungu", "thermos", 120, 1, null, EARLIER))
                    .when(new ReserveGiftStock("g1", "r1", "card-a", 2))
                    .expectException(OutOfStock.class)
                    .expectException(allOf(hasCode("OUT_OF_STOCK"), hasField("quantity")))
                    .expectExceptionMessage("gift g1 has 1 in stock, 2 asked for")
                    .expectNoEvents();
        }

        @Test
        void mayTakeTheLastOnTheShelf() {
            fixture()
                    .given(new GiftAdded("g1", "yungu", "thermos", 120, 3, null, EARLIER))
                    .when(new ReserveGiftStock("g1", "r1", "card-a", 3))
                    .expectEvents(held("r1", "card-a", 3, 120, 0, NOVEMBER, NOW));
        }

        @Test
        void refusesStockThatAnEarlierHoldUsedUp() {
            fixture()
                    .given(new GiftAdded("g1", "yungu", "thermos", 120, 3, null, EARLIER), held("r1", "card-a", 3, 0))
                    .when(new ReserveGiftStock("g1", "r2", "card-b", 1))
                    .expectException(allOf(hasCode("OUT_OF_STOCK"), hasField("quantity")))
                    .expectExceptionMessage("gift g1 has 0 in stock, 1 asked for")
                    .expectNoEvents();
        }

        @Test
        void refusesARetiredGift() {
            fixture()
                    .given(ADDED, new GiftRetired("g1", "yungu", EARLIER))
                    .when(new ReserveGiftStock("g1", "r1", "card-a", 1))
                    .expectException(org.pointsbank.core.gift.GiftRetired.class)
                    .expectException(hasCode("GIFT_RETIRED"))
                    .expectNoEvents();
        }

        @Test
        void aLaterPriceAppliesToLaterHoldsOnly() {
            fixture()
                    .given(ADDED, held("r1", "card-a", 2, 8), new GiftPriceChanged("g1", "yungu", 120, 150, EARLIER))
                    .when(new ReserveGiftStock("g1", "r2", "card-b", 2))
                    .expectEvents(held("r2", "card-b", 2, 150, 6, NOVEMBER, NOW));
        }
    }

    @Nested
    @DisplayName("per-card monthly limit")
    class MonthlyLimit {

        @Test
        void countsHeldAndHandedOverStockOfTheCardThisMonth() {
            fixture()
                    .given(ADDED, held("r1", "card-a", 1, 9), held("r2", "card-a", 1, 8), handedOver("r2", "card-a", 1))
                    .when(new ReserveGiftStock("g1", "r3", "card-a", 1))
                    .expectException(RedemptionLimitReached.class)
                    .expectException(allOf(hasCode("REDEMPTION_LIMIT_REACHED"), hasField("quantity")))
                    .expectExceptionMessage("card card-a has taken 2 of gift g1 in 2026-11; 1 more would exceed"
                            + " the limit of 2 a month")
                    .expectNoEvents();
        }

        @Test
        void refusesASingleHoldAboveTheLimit() {
            fixture()
                    .given(ADDED)
                    .when(new ReserveGiftStock("g1", "r1", "card-a", 3))
                    .expectException(hasCode("REDEMPTION_LIMIT_REACHED"))
                    .expectNoEvents();
        }

        @Test
        void countsEachCardApart() {
            fixture()
                    .given(ADDED, held("r1", "card-a", 2, 8))
                    .when(new ReserveGiftStock("g1", "r2", "card-b", 2))
                    .expectEvents(held("r2", "card-b", 2, 120, 6, NOVEMBER, NOW));
        }

        @Test
        void aReleasedHoldNoLongerCounts() {
            fixture()
                    .given(ADDED, held("r1", "card-a", 2, 8), released("r1", "card-a", 2, 10))
                    .when(new ReserveGiftStock("g1", "r2", "card-a", 2))
                    .expectEvents(held("r2", "card-a", 2, 120, 8, NOVEMBER, NOW));
        }

        @Test
        void aNewMonthStartsAfresh() {
            fixture()
                    .given(ADDED, held("r1", "card-a", 2, 120, 8, OCTOBER, EARLIER), handedOver("r1", "card-a", 2))
                    .when(new ReserveGiftStock("g1", "r2", "card-a", 2))
                    .expectEvents(held("r2", "card-a", 2, 120, 6, NOVEMBER, NOW));
        }

        @Test
        void releasingLastMonthsHoldDoesNotFreeThisMonthsLimit() {
            fixture()
                    .given(
                            ADDED,
                            held("r1", "card-a", 2, 120, 8, OCTOBER, EARLIER),
                            held("r2", "card-a", 2, 6),
                            released("r1", "card-a", 2, 8))
                    .when(new ReserveGiftStock("g1", "r3", "card-a", 1))
                    .expectException(hasCode("REDEMPTION_LIMIT_REACHED"))
                    .expectExceptionMessage("card card-a has taken 2 of gift g1 in 2026-11; 1 more would exceed"
                            + " the limit of 2 a month")
                    .expectNoEvents();
        }
    }
}
