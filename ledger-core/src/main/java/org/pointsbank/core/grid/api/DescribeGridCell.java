package org.pointsbank.core.grid.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ask a cell for its terms, recording nothing: answered by {@link GridCellTerms}, or refused as
 * {@code GRID_CELL_NOT_FOUND}. Sent through the aggregate, not a read model, so a cell added a moment ago is found and
 * a report is always given the station the log names; walking up the parents finds an inherited station.
 */
public record DescribeGridCell(@TargetAggregateIdentifier String cellId) {

    public DescribeGridCell {
        Objects.requireNonNull(cellId, "cellId");
    }
}
