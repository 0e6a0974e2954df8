package org.pointsbank.projections.audit;

/**
 * A card whose balance, or whose points held for open redemptions, in the read model are not what its events add
 * up to.
 */
public record CardDifference(
        String cardId, Long logBalance, Long readModelBalance, Long logReserved, Long readModelReserved) {}
