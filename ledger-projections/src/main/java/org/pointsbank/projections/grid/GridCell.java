package org.pointsbank.projections.grid;

import java.time.Instant;

/**
 * A cell of the grid. {@code stationId} is the station the cell itself names ({@code null}: it inherits its
 * parent's); {@code level} is a {@code GridLevel} name; {@code parentId} is {@code null} for a county.
 */
public record GridCell(String cellId, String name, String level, String parentId, String stationId, Instant addedAt) {}
