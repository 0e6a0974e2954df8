package org.pointsbank.core.report;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A report duplicates another report, which is not itself a duplicate: never itself. */
public final class InvalidDuplicate extends RuleViolation {

    public InvalidDuplicate(String message) {
        super("INVALID_DUPLICATE", RuleKind.RULE_REFUSED, message, "ofReportId");
    }
}
