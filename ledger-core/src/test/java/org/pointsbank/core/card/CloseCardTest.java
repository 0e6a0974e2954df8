package org.pointsbank.core.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.card.CardHistory.CARD;
import static org.pointsbank.core.card.CardHistory.NOW;
import static org.pointsbank.core.card.CardHistory.issued;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasKind;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.card.api.CardClosed;
import org.pointsbank.core.card.api.CloseCard;
import org.pointsbank.core.shared.RuleKind;

/** Closing a card: {@link CloseCard}. */
@DisplayName("CloseCard")
class CloseCardTest {

    private AggregateTestFixture<RewardCard> fixture;

    @BeforeEach
    void setUp() {
        fixture = CardHistory.fixture();
    }

    @Test
    void closesAnActiveCardStampedWithTheCalendarsInstant() {
        fixture.given(issued().volunteerCredit("e1", 60).events())
                .when(new CloseCard(CARD, "moved away"))
                .expectEvents(new CardClosed(CARD, "moved away", NOW));
    }

    @Test
    void keepsTheBalanceOfAClosedCard() {
        fixture.given(issued().volunteerCredit("e1", 60).events())
                .when(new CloseCard(CARD, "moved away"))
                .expectState(card ->
                        assertThat(card).extracting("status", "balance").containsExactly(CardStatus.CLOSED, 10L));
    }

    @Test
    void refusesToCloseACardThatIsAlreadyClosed() {
        fixture.given(issued().closed().events())
                .when(new CloseCard(CARD, "again"))
                .expectException(CardNotActive.class)
                .expectException(allOf(hasCode("CARD_NOT_ACTIVE"), hasKind(RuleKind.STATE_CONFLICT)))
                .expectExceptionMessage("card card-1 is not active")
                .expectNoEvents();
    }
}
