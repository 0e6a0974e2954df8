package org.pointsbank.core.card;

/** Points the card holds for one open redemption, and what the statement line will say when it is fulfilled. */
record Reservation(String giftId, String giftName, String stationId, int quantity, long points) {
}
