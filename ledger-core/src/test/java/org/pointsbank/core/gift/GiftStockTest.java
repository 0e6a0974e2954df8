package org.pointsbank.core.gift;

import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasField;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.gift.api.GiftAdded;
import org.pointsbank.core.gift.api.GiftHandedOver;
import org.pointsbank.core.gift.api.GiftPriceChanged;
import org.pointsbank.core.gift.api.GiftRetired;
import org.pointsbank.core.gift.api.GiftStockReleased;
import org.pointsbank.core.gift.api.GiftStockReserved;
import org.pointsbank.core.gift.api.HandOverGift;
import org.pointsbank.core.gift.api.ReleaseGiftStock;
import org.pointsbank.core.gift.api.ReserveGiftStock;
import org.pointsbank.core.shared.HoldEnding;
import org.pointsbank.core.shared.LedgerCalendar;

/** Holding a gift's stock for redemptions ({@link ReserveGiftStock}) and ending the hold (release, hand-over). */
@DisplayName("Gift stock holds")
class GiftStockTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 10:00 on 3 November 2026 in Shanghai. */
    private static final Instant NOW = Instant.parse("2026-11-03T02:00:00Z");

    private static final Instant EARLIER = NOW.minusSeconds(3_600);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    /** 120 points each, 10 on the shelf, at most 2 a card a month. */
    private static final GiftAdded ADDED = new GiftAdded("g1", "yungu", "thermos", 120, 10, 2, EARLIER);

    private static AggregateTestFixture<Gift> at(Instant now) {
        AggregateTestFixture<Gift> fixture = new AggregateTestFixture<>(Gift.class);
        fixture.registerInjectableResource(new LedgerCalendar(Clock.fixed(now, ZONE), 60));
        return fixture;
    }

    private static AggregateTestFixture<Gift> fixture() {
        return at(NOW);
    }

    private static GiftStockReserved held(
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

    private static GiftStockReserved held(String redemptionId, String cardId, int quantity, int stockAfter) {
        return held(redemptionId, cardId, quantity, 120, stockAfter, NOVEMBER, EARLIER);
    }

    private static GiftStockReleased released(String redemptionId, String cardId, int quantity, int stockAfter) {
        return new GiftStockReleased("g1", "yungu", redemptionId, cardId, quantity, stockAfter, "CANCELLED", EARLIER);
    }

    private static GiftHandedOver handedOver(String redemptionId, String cardId, int quantity) {
        return new GiftHandedOver("g1", "yungu", redemptionId, cardId, quantity, EARLIER);
    }

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

    @Nested
    @DisplayName("ReleaseGiftStock and HandOverGift")
    class EndingAHold {

        @Test
        void releasingPutsTheHeldStockBackOnTheShelf() {
            fixture()
                    .given(ADDED, held("r1", "card-a", 2, 8), held("r2", "card-b", 1, 7))
                    .when(new ReleaseGiftStock("g1", "r1", "EXPIRED"))
                    .expectEvents(new GiftStockReleased("g1", "yungu", "r1", "card-a", 2, 9, "EXPIRED", NOW))
                    .expectResultMessagePayload(HoldEnding.ENDED);
        }

        @Test
        void releasedStockCanBeHeldAgain() {
            fixture()
                    .given(
                            new GiftAdded("g1", "yungu", "thermos", 120, 2, null, EARLIER),
                            held("r1", "card-a", 2, 0),
                            released("r1", "card-a", 2, 2))
                    .when(new ReserveGiftStock("g1", "r2", "card-b", 2))
                    .expectEvents(held("r2", "card-b", 2, 120, 0, NOVEMBER, NOW));
        }

        @Test
        void releasingTwiceChangesNothingTheSecondTime() {
            fixture()
                    .given(ADDED, held("r1", "card-a", 2, 8), released("r1", "card-a", 2, 10))
                    .when(new ReleaseGiftStock("g1", "r1", "CANCELLED"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void releasingWhatWasHandedOverChangesNothing() {
            fixture()
                    .given(ADDED, held("r1", "card-a", 2, 8), handedOver("r1", "card-a", 2))
                    .when(new ReleaseGiftStock("g1", "r1", "EXPIRED"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(HoldEnding.ALREADY_ENDED);
        }

        @Test
        void releasingAnUnknownRedemptionChangesNothing() {
            fixture()
                    .given(ADDED, held("r1", "card-a", 2, 8))
                    .when(new ReleaseGiftStock("g1", "nope", "CANCELLED"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(HoldEnding.NEVER_HELD);
        }

        @Test
        void handingOverEndsTheHold() {
            fixture()
                    .given(ADDED, held("r1", "card-a", 2, 8))
                    .when(new HandOverGift("g1", "r1"))
                    .expectEvents(new GiftHandedOver("g1", "yungu", "r1", "card-a", 2, NOW))
                    .expectResultMessagePayload(HoldEnding.ENDED);
        }

        @Test
        void aRetiredGiftStillHandsOverWhatItPromised() {
            fixture()
                    .given(ADDED, held("r1", "card-a", 2, 8), new GiftRetired("g1", "yungu", EARLIER))
                    .when(new HandOverGift("g1", "r1"))
                    .expectEvents(new GiftHandedOver("g1", "yungu", "r1", "card-a", 2, NOW));
        }

        @Test
        void handingOverTwiceChangesNothingTheSecondTime() {
            fixture()
                    .given(ADDED, held("r1", "card-a", 2, 8), handedOver("r1", "card-a", 2))
                    .when(new HandOverGift("g1", "r1"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(HoldEnding.ALREADY_ENDED);
        }

        @Test
        void handingOverWhatWasReleasedChangesNothing() {
            fixture()
                    .given(ADDED, held("r1", "card-a", 2, 8), released("r1", "card-a", 2, 10))
                    .when(new HandOverGift("g1", "r1"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(HoldEnding.ALREADY_ENDED);
        }
    }
}
