package org.pointsbank.api.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.pointsbank.projections.report.ReportStatistics;

/**
 * The figures of the reports submitted in {@code period} (a month in the service's zone) in a grid cell with every
 * cell below it, at a station, or city-wide: {@code reported} all of them; {@code accepted} and {@code resolved}
 * those that ever reached that state; {@code rejected}, {@code duplicates} and {@code verified} those that ended so;
 * {@code open} those not yet verified, rejected or marked duplicate; {@code overdue} the open ones past the
 * {@code dueBy} of their latest dispatch; {@code medianHoursToResolve} the median of the hours from submission to the
 * latest resolution over those resolved (one decimal; absent when none was).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportStatisticsResponse(
        String period,
        String gridCellId,
        String stationId,
        long reported,
        long accepted,
        long rejected,
        long duplicates,
        long resolved,
        long verified,
        long open,
        long overdue,
        Double medianHoursToResolve) {

    static ReportStatisticsResponse of(String period, String gridCellId, String stationId, ReportStatistics s) {
        return new ReportStatisticsResponse(
                period,
                gridCellId,
                stationId,
                s.reported(),
                s.accepted(),
                s.rejected(),
                s.duplicates(),
                s.resolved(),
                s.verified(),
                s.open(),
                s.overdue(),
                s.medianHoursToResolve());
    }
}
