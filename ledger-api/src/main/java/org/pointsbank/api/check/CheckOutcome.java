package org.pointsbank.api.check;

/** How a run of a check ended. */
public enum CheckOutcome {
    /** It ran to the end and found nothing. */
    PASSED,
    /** It ran to the end and found mismatches (chain) or differences (reconciliation). */
    FAILED,
    /** It could not finish (the database failed, a statement timed out): nothing is known. */
    ERROR
}
