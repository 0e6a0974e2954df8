package org.pointsbank.core.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.core.card.CardHistory.CARD;
import static org.pointsbank.core.card.CardHistory.NOW;
import static org.pointsbank.core.card.CardHistory.STATION;
import static org.pointsbank.core.card.CardHistory.TODAY;
import static org.pointsbank.core.card.CardHistory.YESTERDAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pointsbank.core.card.api.CreditProblemReport;
import org.pointsbank.core.card.api.IssueCard;
import org.pointsbank.core.card.api.ReverseEntry;
import org.pointsbank.core.policy.PointsPolicyV1;
import org.pointsbank.core.shared.RuleViolation;

/**
 * Whatever the order of rewards and reversals over two days, a reward is credited exactly when its day has fewer
 * than 5 rewarded reports left standing, and the balance is the sum of what stands. The model here counts by hand.
 */
class RewardedReportsProperties {

    /** A step: reward a new report on a day (0 = yesterday, 1 = today), or reverse the n-th reward given so far. */
    record Step(boolean reverse, int day, int which) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Arbitraries.integers()
                .between(0, 9)
                .flatMap(kind ->
                        Arbitraries.integers().between(0, 40).map(which -> new Step(kind < 3, kind % 2, which)));
        return step.list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 60)
    void aRewardIsCreditedExactlyWhenItsDayHasRoom(@ForAll("steps") List<Step> steps) {
        try (InMemoryCardLedger ledger = new InMemoryCardLedger(CardHistory.calendarAt(NOW), null)) {
            ledger.send(new IssueCard(CARD, STATION));
            List<String> given = new ArrayList<>();
            List<LocalDate> dayOf = new ArrayList<>();
            List<Boolean> standing = new ArrayList<>();
            long balance = 0;
            int reversals = 0;
            for (Step step : steps) {
                if (step.reverse() && !given.isEmpty()) {
                    int index = step.which() % given.size();
                    boolean stands = standing.get(index);
                    String reversalId = "rev-" + reversals++;
                    boolean refused = refused(
                            () -> ledger.send(new ReverseEntry(CARD, reversalId, given.get(index), "wrong card")));
                    assertThat(refused).as("a reversal of a standing reward").isEqualTo(!stands);
                    if (stands) {
                        standing.set(index, false);
                        balance -= 10;
                    }
                    continue;
                }
                LocalDate day = step.day() == 0 ? YESTERDAY : TODAY;
                long standingThatDay = countStanding(dayOf, standing, day);
                String entryId = "entry-" + given.size();
                boolean refused = refused(() -> ledger.send(
                        new CreditProblemReport(CARD, entryId, STATION, "r-" + entryId, "drain-cover", 10, day)));
                assertThat(refused)
                        .as("a reward on %s with %d standing", day, standingThatDay)
                        .isEqualTo(standingThatDay >= PointsPolicyV1.DEFAULT_MAX_REWARDED_REPORTS_PER_DAY);
                if (!refused) {
                    given.add(entryId);
                    dayOf.add(day);
                    standing.add(true);
                    balance += 10;
                }
            }
            assertThat(ledger.load(CARD)).extracting("balance").isEqualTo(balance);
        }
    }

    private static long countStanding(List<LocalDate> dayOf, List<Boolean> standing, LocalDate day) {
        long count = 0;
        for (int i = 0; i < dayOf.size(); i++) {
            if (standing.get(i) && dayOf.get(i).equals(day)) {
                count++;
            }
        }
        return count;
    }

    private static boolean refused(Runnable command) {
        try {
            command.run();
            return false;
        } catch (RuleViolation refusal) {
            return true;
        }
    }
}
