package org.pointsbank.ops;

/**
 * A card whose balance, or whose points held for open redemptions, in the read model are not what its events add
 * up to. The held points are absent in answers of services older than redemptions.
 */
record Difference(String cardId, long logBalance, long readModelBalance, Long logReserved, Long readModelReserved) {

    long delta() {
        return readModelBalance - logBalance;
    }

    String held() {
        return logReserved == null ? "" : logReserved + " / " + readModelReserved;
    }
}
