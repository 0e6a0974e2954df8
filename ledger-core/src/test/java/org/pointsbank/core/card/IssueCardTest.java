package org.pointsbank.core.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.core.card.CardHistory.CARD;
import static org.pointsbank.core.card.CardHistory.NOW;
import static org.pointsbank.core.card.CardHistory.STATION;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.card.api.CardIssued;
import org.pointsbank.core.card.api.IssueCard;

/** Issuing a reward card: {@link IssueCard} on a card that does not exist yet. */
@DisplayName("IssueCard")
class IssueCardTest {

    private AggregateTestFixture<RewardCard> fixture;

    @BeforeEach
    void setUp() {
        fixture = CardHistory.fixture();
    }

    @Test
    void issuesTheCardAtItsStationStampedWithTheCalendarsInstant() {
        fixture.givenNoPriorActivity()
                .when(new IssueCard(CARD, STATION))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CardIssued(CARD, STATION, NOW));
    }

    @Test
    void aNewCardIsActiveWithAnEmptyBalance() {
        fixture.givenNoPriorActivity()
                .when(new IssueCard(CARD, STATION))
                .expectState(card -> assertThat(card)
                        .extracting("cardId", "status", "balance")
                        .containsExactly(CARD, CardStatus.ACTIVE, 0L));
    }
}
