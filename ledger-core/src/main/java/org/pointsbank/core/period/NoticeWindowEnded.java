package org.pointsbank.core.period;

import java.time.Instant;
import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** Objections are filed during the public-notice window only. */
public final class NoticeWindowEnded extends RuleViolation {

    public NoticeWindowEnded(String period, Instant endedAt) {
        super(
                "NOTICE_WINDOW_ENDED",
                RuleKind.STATE_CONFLICT,
                "the public-notice window of " + period + " ended at " + endedAt);
    }
}
