package org.pointsbank.core.grid.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Add a cell to the grid. {@code parentId} is {@code null} for a county; {@code parentLevel} is the level of the
 * parent as the caller found it ({@code null} when there is no parent or it is unknown), checked against
 * {@code level}. {@code stationId} names the station that handles reports in the cell; {@code null} inherits the
 * parent's.
 */
public record AddGridCell(
        @TargetAggregateIdentifier String cellId,
        String name,
        GridLevel level,
        String parentId,
        GridLevel parentLevel,
        String stationId) {

    public AddGridCell {
        Objects.requireNonNull(cellId, "cellId");
        Objects.requireNonNull(level, "level");
    }
}
