package org.pointsbank.core.card;

import java.time.LocalDate;
import org.assertj.core.util.introspection.PropertyOrFieldSupport;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.pointsbank.core.card.api.EntryRecorded;

/**
 * Constants and matchers shared by the per-command tests of {@link RewardCard} ({@link IssueCardTest},
 * {@link CreditVolunteerHoursTest}, {@link CreditStudySessionTest}, {@link ReverseEntryTest},
 * {@link CloseCardTest}); the card's history comes from {@link CardHistory}.
 */
final class CardTestSupport {

    static final String V1 = "v1";
    static final LocalDate SIXTY_DAYS_AGO = LocalDate.of(2026, 9, 4);
    static final LocalDate SIXTY_ONE_DAYS_AGO = LocalDate.of(2026, 9, 3);
    static final LocalDate TOMORROW = LocalDate.of(2026, 11, 4);

    private CardTestSupport() {}

    /** The card's balance and the total of the points it holds for open redemptions, read from its state. */
    static Object[] balanceAndHeld(RewardCard card) {
        HeldPoints held = (HeldPoints) PropertyOrFieldSupport.EXTRACTION.getValueOf("held", card);
        return new Object[] {PropertyOrFieldSupport.EXTRACTION.getValueOf("balance", card), held.total()};
    }

    static Matcher<EntryRecorded> recordedWithBalance(long balance) {
        return new FeatureMatcher<>(Matchers.equalTo(balance), "an entry recorded with balance", "balance") {
            @Override
            protected Long featureValueOf(EntryRecorded actual) {
                return actual.balance();
            }
        };
    }
}
