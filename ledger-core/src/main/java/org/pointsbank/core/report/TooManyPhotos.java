package org.pointsbank.core.report;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** At most so many photos are ever attached to one report; an erased photo still counts. */
public final class TooManyPhotos extends RuleViolation {

    public TooManyPhotos(String reportId, int max) {
        super("TOO_MANY_PHOTOS", RuleKind.STATE_CONFLICT, "report " + reportId + " has had its " + max + " photos");
    }
}
