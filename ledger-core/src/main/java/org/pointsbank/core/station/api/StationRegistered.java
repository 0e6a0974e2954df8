package org.pointsbank.core.station.api;

import java.time.Instant;

/** A station joined the points bank. */
public record StationRegistered(String stationId, String name, Instant registeredAt) {}
