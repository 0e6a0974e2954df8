package org.pointsbank.core.period;

import java.time.Instant;
import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** Commendations wait for the end of the public-notice window. */
public final class NoticeWindowOpen extends RuleViolation {

    public NoticeWindowOpen(String period, Instant endsAt) {
        super(
                "NOTICE_WINDOW_OPEN",
                RuleKind.STATE_CONFLICT,
                "the public-notice window of " + period + " is open until " + endsAt);
    }
}
