package org.pointsbank.core.report;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/**
 * The photo's bytes were erased for good: it is not erased twice. Named after its code, {@code PHOTO_ERASED}; the
 * event that records an erasure has the same simple name in {@code report.api}.
 */
public final class PhotoErased extends RuleViolation {

    public PhotoErased(String reportId, String photoId) {
        super("PHOTO_ERASED", RuleKind.GONE, "photo " + photoId + " of report " + reportId + " was erased", "photoId");
    }
}
