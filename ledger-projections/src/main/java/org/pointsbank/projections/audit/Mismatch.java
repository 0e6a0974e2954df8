package org.pointsbank.projections.audit;

/**
 * Where the stored log departs from its hash chain.
 *
 * @param position        the global index of the event at fault
 * @param eventIdentifier the event's identifier, as the chain or the row names it
 * @param problem         EDITED (the row no longer hashes to its link), MISSING (a chained row
 *                        is gone), REORDERED (another event now stands at a chained position),
 *                        INSERTED (a row that was never chained)
 */
public record Mismatch(long position, String eventIdentifier, String problem) {}
