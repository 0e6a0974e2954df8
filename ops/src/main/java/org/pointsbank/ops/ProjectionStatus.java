package org.pointsbank.ops;

/**
 * A projection as {@code GET /api/v1/admin/projections[/{name}]} reports it. {@code position} is null
 * before the rebuild has processed its first event; {@code eventsPerSecond} only comes with the single view.
 */
record ProjectionStatus(String name, String status, Long position, Long head, Long lag, Double eventsPerSecond) {

    static final String LIVE = "LIVE";

    long positionOrZero() {
        return position == null ? 0 : position;
    }

    long headOrZero() {
        return head == null ? 0 : head;
    }

    /** Caught up: LIVE and nothing left to process. */
    boolean caughtUp() {
        return LIVE.equals(status) && lag != null && lag == 0;
    }
}
