package org.pointsbank.core.grid.api;

import java.time.Instant;

/** A cell's handling station changed; {@code stationId} {@code null} means it inherits its parent's. */
public record HandlingStationAssigned(String cellId, String stationId, String previousStationId, Instant recordedAt) {}
