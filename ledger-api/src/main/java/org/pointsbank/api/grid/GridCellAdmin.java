package org.pointsbank.api.grid;

import java.util.List;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.pointsbank.api.http.AggregateIds;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.station.StationCheck;
import org.pointsbank.core.grid.api.AddGridCell;
import org.pointsbank.core.grid.api.AssignHandlingStation;
import org.pointsbank.core.grid.api.GridCellTerms;
import org.pointsbank.projections.station.StationRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The admin's changes to the grid, each one unit of work under its Idempotency-Key. Answers are built from the
 * command side ({@link HandlingStations}), so they need no read model to have caught up.
 */
@Component
class GridCellAdmin {

    private final LedgerCommands commands;
    private final IdempotentRequests idempotency;
    private final HandlingStations cells;
    private final StationRepository stations;
    private final AggregateIds ids;

    GridCellAdmin(
            LedgerCommands commands,
            IdempotentRequests idempotency,
            HandlingStations cells,
            StationRepository stations,
            AggregateIds ids) {
        this.ids = ids;
        this.commands = commands;
        this.idempotency = idempotency;
        this.cells = cells;
        this.stations = stations;
    }

    /**
     * A new cell: its station must exist (404 STATION_NOT_FOUND), its parent too (422 INVALID_GRID_CELL on
     * {@code parentId}; the aggregate checks the parent's level), and its id be new (409 GRID_CELL_EXISTS).
     */
    ResponseEntity<String> add(AddGridCellRequest request) {
        try {
            return idempotency.execute(request, () -> {
                if (request.stationId() != null) {
                    StationCheck.require(stations, request.stationId(), "stationId");
                }
                Optional<GridCellTerms> parent = Optional.empty();
                if (request.parentId() != null) {
                    parent = Optional.of(cells.find(request.parentId()).orElseThrow(() -> invalidParent(request)));
                }
                if (ids.inUse(request.id())) {
                    throw exists(request.id());
                }
                commands.send(new AddGridCell(
                        request.id(),
                        request.name().strip(),
                        request.level(),
                        request.parentId(),
                        parent.map(GridCellTerms::level).orElse(null),
                        request.stationId()));
                List<GridCellTerms> path =
                        parent.map(p -> cells.pathOf(p.cellId(), "parentId")).orElse(List.of());
                GridCellTerms added = new GridCellTerms(
                        request.id(), request.name().strip(), request.level(), request.parentId(), request.stationId());
                return LedgerResponse.created(GridCellResponses.of(added, path));
            });
        } catch (EventStoreException | AggregateStreamCreationException raceLostOrIdTaken) {
            // the event log's unique key settles two concurrent creations, and an id another aggregate holds
            throw exists(request.id());
        }
    }

    /** Names the cell's handling station, or ({@code null}) makes it inherit its parent's again. */
    ResponseEntity<String> assignStation(String cellId, HandlingStationRequest request) {
        return idempotency.execute(request, () -> {
            cells.describe(cellId, "id");
            if (request.stationId() != null) {
                StationCheck.require(stations, request.stationId(), "stationId");
            }
            commands.send(new AssignHandlingStation(cellId, request.stationId()));
            List<GridCellTerms> path = cells.pathOf(cellId, "id");
            return LedgerResponse.ok(GridCellResponses.of(path.get(path.size() - 1), path.subList(0, path.size() - 1)));
        });
    }

    private static ApiException invalidParent(AddGridCellRequest request) {
        return new ApiException(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "INVALID_GRID_CELL",
                "the parent cell " + request.parentId() + " does not exist",
                "parentId");
    }

    private static ApiException exists(String cellId) {
        return new ApiException(
                HttpStatus.CONFLICT,
                "GRID_CELL_EXISTS",
                "the id " + cellId + " is taken: a grid cell (or another record of the ledger) has it already",
                "id");
    }
}
