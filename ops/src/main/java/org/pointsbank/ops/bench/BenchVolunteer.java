package org.pointsbank.ops.bench;

/** A volunteer account {@code bench check-ins} made: its user, password, and the card it is bound to. */
record BenchVolunteer(String username, String password, String cardId, String stationId) {}
