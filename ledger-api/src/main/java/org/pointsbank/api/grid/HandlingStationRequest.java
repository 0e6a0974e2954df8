package org.pointsbank.api.grid;

import jakarta.validation.constraints.Size;

/**
 * {@code POST /grid-cells/{id}/handling-station}: the station that handles new reports in the cell, or {@code null}
 * (or absent) to inherit the parent's again.
 */
public record HandlingStationRequest(@Size(max = 64) String stationId) {}
