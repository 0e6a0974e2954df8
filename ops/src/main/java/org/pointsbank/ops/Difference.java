package org.pointsbank.ops;

/** A card whose balance in the read model is not what its events add up to. */
record Difference(String cardId, long logBalance, long readModelBalance) {

    long delta() {
        return readModelBalance - logBalance;
    }
}
