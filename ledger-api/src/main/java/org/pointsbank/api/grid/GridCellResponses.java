package org.pointsbank.api.grid;

import java.util.List;
import org.pointsbank.core.grid.api.GridCellTerms;

/** Builds a {@link GridCellResponse} from the cell's terms and its ancestors' (county first). */
final class GridCellResponses {

    private GridCellResponses() {}

    /** The cell as recorded; its handling station is its own or the nearest ancestor's in {@code ancestors}. */
    static GridCellResponse of(GridCellTerms cell, List<GridCellTerms> ancestors) {
        String handling = cell.stationId();
        for (int i = ancestors.size() - 1; handling == null && i >= 0; i--) {
            handling = ancestors.get(i).stationId();
        }
        return new GridCellResponse(
                cell.cellId(),
                cell.name(),
                cell.level().name(),
                cell.parentId(),
                cell.stationId(),
                handling,
                ancestors.stream()
                        .map(a -> new GridCellResponse.Ancestor(
                                a.cellId(), a.name(), a.level().name()))
                        .toList());
    }
}
