package org.pointsbank.core.grid.api;

import java.time.Instant;

/** A cell was added to the grid; {@code stationId} {@code null} means it inherits its parent's station. */
public record GridCellAdded(
        String cellId, String name, GridLevel level, String parentId, String stationId, Instant recordedAt) {}
