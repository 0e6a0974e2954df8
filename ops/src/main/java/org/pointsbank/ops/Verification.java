package org.pointsbank.ops;

/** {@code GET /api/v1/audit/verification}: the event log's hash chain, checked from the start. */
record Verification(boolean ok, long eventsChecked, long verifiedThrough, String head, Mismatch firstMismatch) {

    boolean clean() {
        return ok && firstMismatch == null;
    }
}
