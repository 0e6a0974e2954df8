package org.pointsbank.core.card;

import java.time.LocalDate;
import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A card may be credited only so many minutes of one kind, and so many rewarded reports, per business day. */
public final class DailyLimitExceeded extends RuleViolation {

    public DailyLimitExceeded(String kind, LocalDate day, int alreadyCredited, int requested, int cap) {
        super(
                "DAILY_LIMIT_EXCEEDED",
                RuleKind.RULE_REFUSED,
                kind + " on " + day + ": " + alreadyCredited + " minutes already credited, " + requested
                        + " more would pass the daily cap of " + cap,
                "minutes");
    }

    /** The card was rewarded for {@code cap} problem reports on {@code day} already. */
    public DailyLimitExceeded(LocalDate day, int alreadyRewarded, int cap) {
        super(
                "DAILY_LIMIT_EXCEEDED",
                RuleKind.RULE_REFUSED,
                "problem reports on " + day + ": " + alreadyRewarded + " already rewarded, the daily cap is " + cap
                        + " rewarded reports");
    }
}
