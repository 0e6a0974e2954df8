package org.pointsbank.core.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.core.card.CardHistory.CARD;
import static org.pointsbank.core.card.CardHistory.NOW;
import static org.pointsbank.core.card.CardHistory.STATION;
import static org.pointsbank.core.card.CardHistory.TODAY;
import static org.pointsbank.core.card.CardHistory.YESTERDAY;
import static org.pointsbank.core.card.CardTestSupport.balanceAndHeld;
import static org.pointsbank.core.card.HeldPointsEvents.hundredPoints;
import static org.pointsbank.core.card.HeldPointsEvents.redeemed;
import static org.pointsbank.core.card.HeldPointsEvents.released;
import static org.pointsbank.core.card.HeldPointsEvents.reserve;
import static org.pointsbank.core.card.HeldPointsEvents.reserved;
import static org.pointsbank.core.card.HeldPointsEvents.with;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.card.api.GiftRedeemed;
import org.pointsbank.core.card.api.PointsReleased;
import org.pointsbank.core.card.api.PointsReserved;
import org.pointsbank.core.card.api.RedeemReservedPoints;
import org.pointsbank.core.card.api.ReleaseReservedPoints;
import org.pointsbank.core.shared.HoldEnding;

/**
 * Ending a hold: {@link RedeemReservedPoints} spends the held points, {@link ReleaseReservedPoints} makes them
 * available again; each says whether it ended the hold, found it ended already or never held it.
 */
@DisplayName("RedeemReservedPoints, ReleaseReservedPoints")
class EndHeldPointsTest {

    private AggregateTestFixture<RewardCard> fixture;

    @BeforeEach
    void setUp() {
        fixture = CardHistory.fixture();
    }

    @Test
    void redeemingSpendsTheHeldPointsAsANegativeEntry() {
        fixture.given(with(hundredPoints(), reserved("rd1", 40, 60), reserved("rd2", 25, 35)))
                .when(new RedeemReservedPoints(CARD, "rd1", YESTERDAY))
                .expectEvents(
                        new GiftRedeemed(CARD, "rd1", "rd1", "g1", "thermos", STATION, 2, -40, 60, YESTERDAY, NOW))
                .expectResultMessagePayload(HoldEnding.ENDED)
                .expectState(card -> assertThat(balanceAndHeld(card)).containsExactly(60L, 25L));
    }

    @Test
    void redeemingTwiceChangesNothingTheSecondTime() {
        fixture.given(with(hundredPoints(), reserved("rd1", 40, 60), redeemed("rd1", 40, 60)))
                .when(new RedeemReservedPoints(CARD, "rd1", TODAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(HoldEnding.ALREADY_ENDED);
    }

    @Test
    void redeemingAReleasedOrUnknownRedemptionChangesNothing() {
        fixture.given(with(hundredPoints(), reserved("rd1", 40, 60), released("rd1", 40, 100)))
                .when(new RedeemReservedPoints(CARD, "rd1", TODAY))
                .expectNoEvents()
                .expectResultMessagePayload(HoldEnding.ALREADY_ENDED);
        fixture.given(hundredPoints())
                .when(new RedeemReservedPoints(CARD, "nope", TODAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(HoldEnding.NEVER_HELD);
    }

    @Test
    void releasingMakesTheHeldPointsAvailableAgain() {
        fixture.given(with(hundredPoints(), reserved("rd1", 40, 60), reserved("rd2", 20, 40)))
                .when(new ReleaseReservedPoints(CARD, "rd1", "EXPIRED"))
                .expectEvents(new PointsReleased(CARD, "rd1", STATION, 40, 80, "EXPIRED", NOW))
                .expectResultMessagePayload(HoldEnding.ENDED)
                .expectState(card -> assertThat(balanceAndHeld(card)).containsExactly(100L, 20L));
    }

    @Test
    void releasedPointsMayBeHeldAgain() {
        fixture.given(with(hundredPoints(), reserved("rd1", 70, 30), released("rd1", 70, 100)))
                .when(reserve("rd2", 100))
                .expectEvents(new PointsReserved(CARD, "rd2", "g1", "thermos", STATION, 2, 100, 0, NOW));
    }

    @Test
    void releasingTwiceOrAfterRedeemingChangesNothing() {
        fixture.given(with(hundredPoints(), reserved("rd1", 40, 60), released("rd1", 40, 100)))
                .when(new ReleaseReservedPoints(CARD, "rd1", "CANCELLED"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(HoldEnding.ALREADY_ENDED);
        fixture.given(with(hundredPoints(), reserved("rd1", 40, 60), redeemed("rd1", 40, 60)))
                .when(new ReleaseReservedPoints(CARD, "rd1", "EXPIRED"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(HoldEnding.ALREADY_ENDED);
    }

    @Test
    void releasingARedemptionNeverHeldChangesNothingAndSaysSo() {
        fixture.given(hundredPoints())
                .when(new ReleaseReservedPoints(CARD, "nope", "CANCELLED"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(HoldEnding.NEVER_HELD);
    }
}
