package org.pointsbank.api.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.YearMonth;
import org.pointsbank.api.grid.HandlingStations;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.pointsbank.api.period.Periods;
import org.pointsbank.api.station.StationCheck;
import org.pointsbank.projections.report.ReportStatisticsRepository;
import org.pointsbank.projections.station.StationRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monthly figures stations publish ("35 reported, 30 handled"), per grid cell (rolled up) or station. */
@Tag(name = FeatureTags.REPORT)
@RestController
public class ReportStatisticsController {

    private final ReportStatisticsRepository statistics;
    private final StationRepository stations;
    private final HandlingStations cells;
    private final Clock clock;

    public ReportStatisticsController(
            ReportStatisticsRepository statistics, StationRepository stations, HandlingStations cells, Clock clock) {
        this.statistics = statistics;
        this.stations = stations;
        this.cells = cells;
        this.clock = clock;
    }

    @Operation(
            operationId = "getReportStatistics",
            summary = "A month's report statistics",
            description = "Of the reports submitted in `period` (YYYY-MM, required, in the service's zone), in"
                    + " `gridCellId` and every cell below it and/or handled by `stationId` (city-wide without either):"
                    + " reported, accepted and resolved (ever reached), rejected, duplicates, verified, open (not yet"
                    + " verified, rejected or a duplicate), overdue (open, past the latest dispatch's `dueBy`) and the"
                    + " median hours from submission to the latest resolution. Staff, auditors and admins.")
    @ApiResponse(
            responseCode = "200",
            description = "the month's figures",
            content = @Content(schema = @Schema(implementation = ReportStatisticsResponse.class)))
    @ProblemCodes({ProblemCode.INVALID_PERIOD, ProblemCode.GRID_CELL_NOT_FOUND, ProblemCode.STATION_NOT_FOUND})
    @GetMapping("/api/v1/reports/statistics")
    @PreAuthorize("@reportAccess.mayList(authentication)")
    public ReportStatisticsResponse get(
            @RequestParam String period,
            @RequestParam(required = false) String gridCellId,
            @RequestParam(required = false) String stationId) {
        YearMonth month = Periods.parse(period, "period");
        if (gridCellId != null) {
            cells.describe(gridCellId, "gridCellId");
        }
        if (stationId != null) {
            StationCheck.require(stations, stationId, "stationId");
        }
        return ReportStatisticsResponse.of(
                month.toString(),
                gridCellId,
                stationId,
                statistics.statistics(month, gridCellId, stationId, clock.instant()));
    }
}
