package org.pointsbank.core.card;

import static org.pointsbank.core.card.CardHistory.CARD;
import static org.pointsbank.core.card.CardHistory.NOW;
import static org.pointsbank.core.card.CardHistory.STATION;
import static org.pointsbank.core.card.CardHistory.TODAY;
import static org.pointsbank.core.card.CardHistory.issued;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.card.api.CommendationBonusCredited;
import org.pointsbank.core.card.api.CreditCommendationBonus;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.ReverseEntry;
import org.pointsbank.core.policy.PointsPolicyV1;
import org.pointsbank.core.shared.EntryType;

/** A commendation's bonus is an ordinary credit: dated today, under the policy, reversible. */
@DisplayName("CreditCommendationBonus")
class CreditCommendationBonusTest {

    private AggregateTestFixture<RewardCard> fixture;

    @BeforeEach
    void setUp() {
        fixture = CardHistory.fixture();
    }

    @Test
    void creditsTheBonusDatedToday() {
        fixture.given(issued().volunteerCredit("e1", 60).events())
                .when(new CreditCommendationBonus(CARD, "b1", STATION, "2026-10", 1, 50))
                .expectEvents(new CommendationBonusCredited(
                        CARD, "b1", STATION, "2026-10", 1, TODAY, 50, 60, PointsPolicyV1.VERSION, NOW));
    }

    @Test
    void refusesABonusOutsideThePolicysRange() {
        fixture.given(issued().events())
                .when(new CreditCommendationBonus(CARD, "b1", STATION, "2026-10", 1, 1001))
                .expectException(BonusOutOfRange.class)
                .expectNoEvents();
        fixture.given(issued().events())
                .when(new CreditCommendationBonus(CARD, "b1", STATION, "2026-10", 1, 0))
                .expectException(BonusOutOfRange.class);
    }

    @Test
    void isReversedLikeAnyCredit() {
        fixture.given(issued().events())
                .andGiven(new CommendationBonusCredited(
                        CARD, "b1", STATION, "2026-10", 1, TODAY, 50, 50, PointsPolicyV1.VERSION, NOW))
                .when(new ReverseEntry(CARD, "r1", "b1", "commended twice"))
                .expectEvents(new EntryReversed(
                        CARD,
                        "r1",
                        "b1",
                        EntryType.COMMENDATION_BONUS,
                        STATION,
                        TODAY,
                        0,
                        -50,
                        0,
                        "commended twice",
                        PointsPolicyV1.VERSION,
                        NOW));
    }
}
