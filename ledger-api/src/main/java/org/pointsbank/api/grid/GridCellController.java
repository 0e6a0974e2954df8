package org.pointsbank.api.grid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The city's grid: cells added and given their handling station by admins, read by every signed-in user. */
@Tag(name = FeatureTags.GRID)
@RestController
@RequestMapping("/api/v1/grid-cells")
public class GridCellController {

    private final GridCellAdmin admin;

    private final GridCellReader reader;

    public GridCellController(GridCellAdmin admin, GridCellReader reader) {
        this.admin = admin;
        this.reader = reader;
    }

    @Operation(
            operationId = "listGridCells",
            summary = "List the cells below a cell",
            description = "Every signed-in user. The children of `parentId` by id; without it, the counties. Each with"
                    + " `handlingStationId`, the station its reports go to. Eventually consistent with what was"
                    + " recorded.")
    @ApiResponse(responseCode = "200", description = "the cells, without their paths")
    @ProblemCodes(ProblemCode.GRID_CELL_NOT_FOUND)
    @GetMapping
    @PreAuthorize("@access.maySignIn(authentication)")
    public List<GridCellResponse> list(@RequestParam(required = false) String parentId) {
        return reader.children(parentId);
    }

    @Operation(
            operationId = "getGridCell",
            summary = "Read a grid cell",
            description = "Every signed-in user: the cell, the station that handles its reports, and its ancestors"
                    + " from the county down in `path`.")
    @ApiResponse(
            responseCode = "200",
            description = "the cell",
            content = @Content(schema = @Schema(implementation = GridCellResponse.class)))
    @ProblemCodes(ProblemCode.GRID_CELL_NOT_FOUND)
    @GetMapping("/{id}")
    @PreAuthorize("@access.maySignIn(authentication)")
    public GridCellResponse get(@PathVariable String id) {
        return reader.cell(id);
    }

    @Operation(
            operationId = "addGridCell",
            summary = "Add a grid cell",
            description = "Admins. The id is a slug chosen by the caller. The parent must exist and be exactly one"
                    + " level up (COUNTY > STREET > COMMUNITY > GRID > UNIT; a county has none): 422"
                    + " INVALID_GRID_CELL naming `parentId` or `level`. `stationId`, if given, names the station"
                    + " that handles reports in the cell; absent, the cell inherits its parent's."
                    + " `handlingStationId` in the answer is the station its reports go to now.")
    @ApiResponse(
            responseCode = "201",
            description = "the cell, with its ancestors in `path`",
            content = @Content(schema = @Schema(implementation = GridCellResponse.class)))
    @ProblemCodes({ProblemCode.STATION_NOT_FOUND, ProblemCode.GRID_CELL_EXISTS, ProblemCode.INVALID_GRID_CELL})
    @PostMapping
    @PreAuthorize("@access.isAdmin(authentication)")
    public ResponseEntity<String> add(@Valid @RequestBody AddGridCellRequest request) {
        return admin.add(request);
    }

    @Operation(
            operationId = "assignHandlingStation",
            summary = "Name the station that handles a cell's reports",
            description = "Admins. An extension of the contract: `stationId` `null` (or absent) makes the cell"
                    + " inherit its parent's station again. Cells below that name no station of their own follow"
                    + " the change; reports already submitted keep the station they were given.")
    @ApiResponse(
            responseCode = "200",
            description = "the cell after the change, with its ancestors in `path`",
            content = @Content(schema = @Schema(implementation = GridCellResponse.class)))
    @ProblemCodes({ProblemCode.GRID_CELL_NOT_FOUND, ProblemCode.STATION_NOT_FOUND})
    @PostMapping("/{id}/handling-station")
    @PreAuthorize("@access.isAdmin(authentication)")
    public ResponseEntity<String> assignStation(
            @PathVariable String id, @Valid @RequestBody HandlingStationRequest request) {
        return admin.assignStation(id, request);
    }
}
