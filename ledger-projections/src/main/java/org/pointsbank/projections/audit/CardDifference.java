package org.pointsbank.projections.audit;

/** A card whose balance in the read model is not what its events add up to. */
public record CardDifference(String cardId, Long logBalance, Long readModelBalance) {
}
