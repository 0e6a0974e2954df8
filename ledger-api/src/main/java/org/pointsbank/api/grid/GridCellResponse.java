package org.pointsbank.api.grid;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A grid cell. {@code stationId} is the station the cell itself names ({@code null}: it inherits); {@code
 * handlingStationId} the one its reports go to, its own or the nearest ancestor's ({@code null} when no cell on the
 * way up names one). {@code path} (when one cell is read) lists its ancestors from the county down.
 */
public record GridCellResponse(
        String id,
        String name,

        @Schema(allowableValues = {"COUNTY", "STREET", "COMMUNITY", "GRID", "UNIT"})
        String level,

        String parentId,
        String stationId,
        String handlingStationId,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Ancestor> path) {

    /** One cell above, as a path element. */
    public record Ancestor(String id, String name, String level) {}
}
