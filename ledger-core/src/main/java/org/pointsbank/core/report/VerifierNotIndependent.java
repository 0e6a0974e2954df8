package org.pointsbank.core.report;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A resolution is verified by someone independent: never the one who resolved it, never the reporter. */
public final class VerifierNotIndependent extends RuleViolation {

    public VerifierNotIndependent(String reportId, String who) {
        super("VERIFIER_NOT_INDEPENDENT", RuleKind.STATE_CONFLICT, who + " may not verify report " + reportId);
    }
}
