package org.pointsbank.core.gift;

import static org.pointsbank.core.gift.GiftStockEvents.ADDED;
import static org.pointsbank.core.gift.GiftStockEvents.EARLIER;
import static org.pointsbank.core.gift.GiftStockEvents.NOVEMBER;
import static org.pointsbank.core.gift.GiftStockEvents.NOW;
import static org.pointsbank.core.gift.GiftStockEvents.fixture;
import static org.pointsbank.core.gift.GiftStockEvents.handedOver;
import static org.pointsbank.core.gift.GiftStockEvents.held;
import static org.pointsbank.core.gift.GiftStockEvents.released;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.gift.api.GiftAdded;
import org.pointsbank.core.gift.api.GiftHandedOver;
import org.pointsbank.core.gift.api.GiftRetired;
import org.pointsbank.core.gift.api.GiftStockReleased;
import org.pointsbank.core.gift.api.HandOverGift;
import org.pointsbank.core.gift.api.ReleaseGiftStock;
import org.pointsbank.core.gift.api.ReserveGiftStock;
import org.pointsbank.core.shared.HoldEnding;

/** Ending a hold on a gift's stock: release ({@link ReleaseGiftStock}) and hand-over ({@link HandOverGift}). */
@DisplayName("Gift stock holds ending")
class GiftHoldEndingTest {

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
