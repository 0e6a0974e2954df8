package org.pointsbank.core.grid.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Name the station that handles new reports in a cell; {@code null} makes it inherit its parent's again. Reports
 * already submitted keep the station they were given.
 */
public record AssignHandlingStation(
        @TargetAggregateIdentifier String cellId, String stationId) {

    public AssignHandlingStation {
        Objects.requireNonNull(cellId, "cellId");
    }
}
