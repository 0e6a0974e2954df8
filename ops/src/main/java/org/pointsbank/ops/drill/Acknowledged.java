package org.pointsbank.ops.drill;

/** A credit the service acknowledged (201): its key, the card (index), the entry it answered and its points. */
record Acknowledged(String key, int card, String entryId, int points) {}
