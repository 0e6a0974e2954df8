package org.pointsbank.ops.drill;

import java.util.List;

/**
 * What the drill made before the load: its own station, its cards (each credited once, {@code firstPoints}) and a
 * gift of that station costing 1 point, with {@code stock} on the shelf.
 */
record DrillLedger(String runId, String stationId, List<String> cards, int firstPoints, String giftId, int stock) {}
