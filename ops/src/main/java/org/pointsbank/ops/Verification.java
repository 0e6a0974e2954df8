package org.pointsbank.ops;

/**
 * {@code GET /api/v1/audit/verification}: the event log's hash chain, checked from the start, and the events beyond
 * its head checked by their seals ({@code chainLag} of them; null from a service that chains in the recording
 * transaction).
 */
record Verification(
        boolean ok, long eventsChecked, long verifiedThrough, String head, Mismatch firstMismatch, Long chainLag) {

    boolean clean() {
        return ok && firstMismatch == null;
    }
}
