package org.pointsbank.api.grid;

import java.util.ArrayList;
import java.util.List;
import org.pointsbank.core.grid.api.GridLevel;
import org.pointsbank.projections.grid.GridCell;
import org.pointsbank.projections.grid.GridCellRepository;
import org.springframework.stereotype.Component;

/** The grid as its read model shows it: a cell with its ancestors, a cell's children, each with its station. */
@Component
class GridCellReader {

    private final GridCellRepository cells;

    GridCellReader(GridCellRepository cells) {
        this.cells = cells;
    }

    /** The cell with its path from the county down: 404 GRID_CELL_NOT_FOUND on {@code id}. */
    GridCellResponse cell(String cellId) {
        GridCell cell = cells.find(cellId).orElseThrow(() -> HandlingStations.notFound(cellId, "id"));
        List<GridCellResponse.Ancestor> path = new ArrayList<>();
        String parentId = cell.parentId();
        while (parentId != null && path.size() < GridLevel.values().length) {
            GridCell parent = cells.find(parentId).orElse(null);
            if (parent == null) {
                break;
            }
            path.add(0, new GridCellResponse.Ancestor(parent.cellId(), parent.name(), parent.level()));
            parentId = parent.parentId();
        }
        return response(cell, path);
    }

    /** The children of {@code parentId} by id (the counties when null): 404 GRID_CELL_NOT_FOUND for an unknown one. */
    List<GridCellResponse> children(String parentId) {
        if (parentId != null && cells.find(parentId).isEmpty()) {
            throw HandlingStations.notFound(parentId, "parentId");
        }
        return cells.children(parentId).stream().map(c -> response(c, null)).toList();
    }

    private GridCellResponse response(GridCell cell, List<GridCellResponse.Ancestor> path) {
        return new GridCellResponse(
                cell.cellId(),
                cell.name(),
                cell.level(),
                cell.parentId(),
                cell.stationId(),
                cells.handlingStation(cell.cellId()).orElse(null),
                path);
    }
}
