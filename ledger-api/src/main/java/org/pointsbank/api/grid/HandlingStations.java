package org.pointsbank.api.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.core.grid.api.DescribeGridCell;
import org.pointsbank.core.grid.api.GridCellTerms;
import org.pointsbank.core.grid.api.GridLevel;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A cell's handling station as the event log has it: the cell's own, else the nearest ancestor's. Asked of the
 * {@code GridCell} aggregates ({@link DescribeGridCell}), never of a read model, so a cell added or re-assigned a
 * moment ago answers as it is now. The walk is at most five steps: a parent is always exactly one level up.
 */
@Component
public class HandlingStations {

    private final LedgerCommands commands;

    public HandlingStations(LedgerCommands commands) {
        this.commands = commands;
    }

    /**
     * The station that handles reports in the cell: 404 {@code GRID_CELL_NOT_FOUND} for an unknown cell, 422
     * {@code NO_HANDLING_STATION} when neither the cell nor any cell above it names one; both name the field
     * {@code gridCellId}.
     */
    public String handlingStationOf(String cellId) {
        return handlingStationOf(cellId, "gridCellId");
    }

    /** As {@link #handlingStationOf(String)}, naming {@code field} in a refusal. */
    public String handlingStationOf(String cellId, String field) {
        return effectiveStationOf(cellId, field)
                .orElseThrow(() -> new ApiException(
                        HttpStatus.UNPROCESSABLE_ENTITY,
                        "NO_HANDLING_STATION",
                        "neither grid cell " + cellId + " nor any cell above it names a station that handles reports",
                        field));
    }

    /** The station the cell's reports go to, empty when no cell on the way up names one. */
    public Optional<String> effectiveStationOf(String cellId, String field) {
        List<GridCellTerms> path = pathOf(cellId, field);
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).stationId() != null) {
                return Optional.of(path.get(i).stationId());
            }
        }
        return Optional.empty();
    }

    /**
     * The cell and its ancestors, from the county down to the cell itself. 404 {@code GRID_CELL_NOT_FOUND} on
     * {@code field} when the cell is unknown.
     */
    public List<GridCellTerms> pathOf(String cellId, String field) {
        List<GridCellTerms> path = new ArrayList<>();
        GridCellTerms cell = describe(cellId, field);
        path.add(0, cell);
        while (cell.parentId() != null && path.size() < GridLevel.values().length) {
            cell = describe(cell.parentId(), field);
            path.add(0, cell);
        }
        return path;
    }

    /**
     * The cell's terms as recorded, empty when there is no such cell. Inside a request's unit of work
     * ({@code IdempotentRequests}) an empty answer must end the request: a command that finds no aggregate there
     * was seen to lose the request's idempotency record while later events still committed (GridCellIT). To learn
     * whether an id is free, ask {@code AggregateIds}.
     */
    public Optional<GridCellTerms> find(String cellId) {
        try {
            return Optional.of(describe(cellId, null));
        } catch (ApiException notFound) {
            return Optional.empty();
        }
    }

    /** The cell's terms as recorded: 404 {@code GRID_CELL_NOT_FOUND} on {@code field} when there is no such cell. */
    public GridCellTerms describe(String cellId, String field) {
        GridCellTerms terms;
        try {
            terms = commands.send(new DescribeGridCell(cellId));
        } catch (AggregateNotFoundException unknown) {
            throw notFound(cellId, field);
        }
        // ids are one namespace in the event log: another kind of aggregate under this id is no cell
        if (terms == null || !cellId.equals(terms.cellId())) {
            throw notFound(cellId, field);
        }
        return terms;
    }

    /** 404 {@code GRID_CELL_NOT_FOUND} naming {@code field}. */
    public static ApiException notFound(String cellId, String field) {
        return new ApiException(HttpStatus.NOT_FOUND, "GRID_CELL_NOT_FOUND", "no grid cell " + cellId, field);
    }
}
