package org.pointsbank.core.report.api;

/**
 * How the station resolved a report, honestly: only {@code FIXED} says the problem is gone. A problem that is someone
 * else's to fix, or that needed no action, is never called fixed.
 */
public enum ResolutionOutcome {
    FIXED,
    NOT_OUR_RESPONSIBILITY,
    NO_ACTION_NEEDED
}
