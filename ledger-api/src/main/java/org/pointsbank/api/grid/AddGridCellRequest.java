package org.pointsbank.api.grid;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pointsbank.core.grid.api.GridLevel;

/**
 * {@code POST /grid-cells}: a slug id (as a station's), a display name, the level, the parent one level up (none for
 * a county) and, optionally, the station that handles reports in the cell (absent: the parent's).
 */
public record AddGridCellRequest(
        @NotBlank @Pattern(regexp = GridCellIds.SLUG, message = GridCellIds.SLUG_MESSAGE)
        String id,

        @NotBlank @Size(max = 200) String name,

        @NotNull @Schema(description = "COUNTY > STREET > COMMUNITY > GRID > UNIT")
        GridLevel level,

        @Pattern(regexp = GridCellIds.SLUG, message = GridCellIds.SLUG_MESSAGE)
        String parentId,

        @Size(max = 64) String stationId) {}
