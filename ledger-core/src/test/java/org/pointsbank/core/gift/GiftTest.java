package org.pointsbank.core.gift;

import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasKind;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.gift.api.AddGift;
import org.pointsbank.core.gift.api.ChangeGiftPrice;
import org.pointsbank.core.gift.api.GiftAdded;
import org.pointsbank.core.gift.api.GiftPriceChanged;
import org.pointsbank.core.gift.api.GiftRestocked;
import org.pointsbank.core.gift.api.GiftRetired;
import org.pointsbank.core.gift.api.GiftStockReserved;
import org.pointsbank.core.gift.api.ReserveGiftStock;
import org.pointsbank.core.gift.api.RestockGift;
import org.pointsbank.core.gift.api.RetireGift;
import org.pointsbank.core.shared.LedgerCalendar;
import org.pointsbank.core.shared.RuleKind;

@DisplayName("Gift")
class GiftTest {

    private static final Instant NOW = Instant.parse("2026-11-03T02:00:00Z");
    private static final GiftAdded ADDED = new GiftAdded("g1", "yungu", "thermos", 120, 10, 2, NOW);

    private AggregateTestFixture<Gift> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Gift.class);
        fixture.registerInjectableResource(new LedgerCalendar(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), 60));
    }

    @Nested
    @DisplayName("AddGift")
    class Adding {

        @Test
        void putsTheGiftInTheShop() {
            fixture.givenNoPriorActivity()
                    .when(new AddGift("g1", "yungu", "thermos", 120, 10, 2))
                    .expectEvents(ADDED);
        }

        @Test
        void refusesAPriceOfNothing() {
            fixture.givenNoPriorActivity()
                    .when(new AddGift("g1", "yungu", "thermos", 0, 10, null))
                    .expectException(InvalidGiftTerms.class)
                    .expectNoEvents();
        }

        @Test
        void refusesANegativeStockAndAZeroLimit() {
            fixture.givenNoPriorActivity()
                    .when(new AddGift("g1", "yungu", "thermos", 5, -1, null))
                    .expectException(InvalidGiftTerms.class);
            fixture.givenNoPriorActivity()
                    .when(new AddGift("g1", "yungu", "thermos", 5, 1, 0))
                    .expectException(InvalidGiftTerms.class);
        }
    }

    @Nested
    @DisplayName("RestockGift, ChangeGiftPrice, RetireGift")
    class Changing {

        @Test
        void restockingAddsToTheShelf() {
            fixture.given(ADDED)
                    .when(new RestockGift("g1", 5))
                    .expectEvents(new GiftRestocked("g1", "yungu", 5, 15, NOW));
        }

        @Test
        void refusesARestockOfNothing() {
            fixture.given(ADDED).when(new RestockGift("g1", 0)).expectException(InvalidGiftTerms.class);
        }

        @Test
        void aNewPriceRemembersTheOldOne() {
            fixture.given(ADDED)
                    .when(new ChangeGiftPrice("g1", 150))
                    .expectEvents(new GiftPriceChanged("g1", "yungu", 120, 150, NOW));
        }

        @Test
        void aRetiredGiftIsNeitherRestockedNorRepricedNorRetiredAgain() {
            GiftRetired retired = new GiftRetired("g1", "yungu", NOW);
            fixture.given(ADDED, retired)
                    .when(new RestockGift("g1", 5))
                    .expectException(org.pointsbank.core.gift.GiftRetired.class);
            fixture.given(ADDED, retired)
                    .when(new ChangeGiftPrice("g1", 5))
                    .expectException(org.pointsbank.core.gift.GiftRetired.class);
            fixture.given(ADDED, retired)
                    .when(new RetireGift("g1"))
                    .expectException(org.pointsbank.core.gift.GiftRetired.class);
        }

        @Test
        void retiring() {
            fixture.given(ADDED).when(new RetireGift("g1")).expectEvents(new GiftRetired("g1", "yungu", NOW));
        }
    }

    @Test
    void refusesASecondHoldForTheSameRedemption() {
        fixture.given(
                        ADDED,
                        new GiftStockReserved(
                                "g1", "yungu", "thermos", "r1", "card-a", 1, 120, 120, 9, YearMonth.of(2026, 11), NOW))
                .when(new ReserveGiftStock("g1", "r1", "card-a", 2))
                .expectException(DuplicateRedemptionId.class)
                .expectException(allOf(hasCode("DUPLICATE_REDEMPTION_ID"), hasKind(RuleKind.STATE_CONFLICT)))
                .expectExceptionMessage("redemption r1 holds gift g1 already")
                .expectNoEvents();
    }
}
