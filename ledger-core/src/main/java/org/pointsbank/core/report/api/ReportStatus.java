package org.pointsbank.core.report.api;

/**
 * Where a report is in its lifecycle: {@code SUBMITTED → ACCEPTED → DISPATCHED → RESOLVED → VERIFIED}; triage may
 * end it as {@code REJECTED} or {@code DUPLICATE}; a verification that finds it not fixed sends it back to
 * {@code ACCEPTED}.
 */
public enum ReportStatus {
    SUBMITTED,
    ACCEPTED,
    DISPATCHED,
    RESOLVED,
    VERIFIED,
    REJECTED,
    DUPLICATE;

    /** True for the states a report never leaves. */
    public boolean ended() {
        return this == VERIFIED || this == REJECTED || this == DUPLICATE;
    }
}
