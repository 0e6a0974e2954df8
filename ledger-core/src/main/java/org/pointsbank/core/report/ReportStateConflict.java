package org.pointsbank.core.report;

import org.pointsbank.core.report.api.ReportStatus;
import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A step of the lifecycle the report's current state does not allow; the message names the state. */
public final class ReportStateConflict extends RuleViolation {

    public ReportStateConflict(String reportId, ReportStatus status, String step) {
        super("REPORT_STATE_CONFLICT", RuleKind.STATE_CONFLICT, "report " + reportId + " is " + status + ": " + step);
    }
}
