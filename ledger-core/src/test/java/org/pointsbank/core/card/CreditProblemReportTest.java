package org.pointsbank.core.card;

import static org.pointsbank.core.card.CardHistory.CARD;
import static org.pointsbank.core.card.CardHistory.NOW;
import static org.pointsbank.core.card.CardHistory.STATION;
import static org.pointsbank.core.card.CardHistory.TODAY;
import static org.pointsbank.core.card.CardHistory.issued;
import static org.pointsbank.core.card.CardTestSupport.recordedWithBalance;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.card.api.CreditProblemReport;
import org.pointsbank.core.card.api.ProblemReportCredited;
import org.pointsbank.core.policy.PointsPolicyV1;

/** A verified report's reward: an entry of its own, at most so many a day, under the card's other rules. */
@DisplayName("CreditProblemReport")
class CreditProblemReportTest {

    private AggregateTestFixture<RewardCard> fixture;

    @BeforeEach
    void setUp() {
        fixture = CardHistory.fixture();
    }

    private static CreditProblemReport reward(String reportId, int points) {
        return new CreditProblemReport(CARD, "entry-" + reportId, STATION, reportId, "drain-cover", points, TODAY);
    }

    @Test
    void creditsThePointsAsAProblemReportEntry() {
        fixture.given(issued().volunteerCredit("e1", 60).events())
                .when(reward("r-1", 20))
                .expectEvents(new ProblemReportCredited(
                        CARD, "entry-r-1", STATION, "r-1", "drain-cover", TODAY, 20, 30, PointsPolicyV1.VERSION, NOW))
                .expectResultMessagePayloadMatching(recordedWithBalance(30));
    }
}
