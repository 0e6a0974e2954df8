package org.pointsbank.core.report;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** The photo was never attached to this report. */
public final class PhotoNotFound extends RuleViolation {

    public PhotoNotFound(String reportId, String photoId) {
        super("PHOTO_NOT_FOUND", RuleKind.NOT_FOUND, "report " + reportId + " has no photo " + photoId, "photoId");
    }
}
