package org.pointsbank.projections.audit;

/**
 * Where the stored log departs from its hash chain or from its seals.
 *
 * @param position        the global index of the event at fault
 * @param eventIdentifier the event's identifier, as the chain, the seal or the row names it
 * @param problem         EDITED (the row no longer hashes to its link), MISSING (a chained or sealed row
 *                        is gone), REORDERED (another event now stands at a chained position),
 *                        INSERTED (a row that was never chained nor sealed), SEAL_MISMATCH (a row not
 *                        chained yet no longer matches its seal), UNCHAINED (a sealed row the chain went
 *                        past: it became visible after the chain had settled its position as empty)
 */
public record Mismatch(long position, String eventIdentifier, String problem) {}
