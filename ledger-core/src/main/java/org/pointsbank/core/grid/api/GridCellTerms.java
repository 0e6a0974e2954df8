package org.pointsbank.core.grid.api;

/** What {@link DescribeGridCell} answers; {@code stationId} {@code null} means the cell inherits its parent's. */
public record GridCellTerms(String cellId, String name, GridLevel level, String parentId, String stationId) {}
