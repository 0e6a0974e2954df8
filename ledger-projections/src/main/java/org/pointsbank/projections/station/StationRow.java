package org.pointsbank.projections.station;

import java.time.Instant;

/** A registered station. */
public record StationRow(String stationId, String name, Instant registeredAt) {}
