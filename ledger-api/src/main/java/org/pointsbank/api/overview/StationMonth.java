package org.pointsbank.api.overview;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pointsbank.api.station.StationCheck;
import org.pointsbank.projections.activity.ActivityRepository;
import org.pointsbank.projections.report.ReportStatistics;
import org.pointsbank.projections.report.ReportStatisticsRepository;
import org.pointsbank.projections.statement.StatementFigures;
import org.pointsbank.projections.station.StationRepository;
import org.springframework.stereotype.Service;

/**
 * A station's month at a glance ({@link StationOverviewResponse}), read once from the statement (points by kind, by
 * the ranking's rule), the activities (closed ones dated in the month) and the report statistics. The API and the
 * desk's chart both call {@link #of}.
 */
@Service
public class StationMonth {

    /** More closed activities than this in one month at one station are counted as this many. */
    static final int MAX_ACTIVITIES = 10_000;

    private final StatementFigures figures;
    private final ActivityRepository activities;
    private final ReportStatisticsRepository reports;
    private final StationRepository stations;
    private final Clock clock;

    public StationMonth(
            StatementFigures figures,
            ActivityRepository activities,
            ReportStatisticsRepository reports,
            StationRepository stations,
            Clock clock) {
        this.figures = figures;
        this.activities = activities;
        this.reports = reports;
        this.stations = stations;
        this.clock = clock;
    }

    /** Refuses a station that does not exist (404 STATION_NOT_FOUND on {@code field}). */
    public StationOverviewResponse of(String stationId, YearMonth month, String field) {
        StationCheck.require(stations, stationId, field);
        Map<String, StatementFigures.Figures> byWeek = figures.weeksAt(stationId, month).stream()
                .collect(Collectors.toMap(StatementFigures.Figures::span, Function.identity()));
        List<WeekFigures> weeks = new ArrayList<>();
        LocalDate end = month.atEndOfMonth();
        for (LocalDate monday = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                !monday.isAfter(end);
                monday = monday.plusWeeks(1)) {
            StatementFigures.Figures week = byWeek.get(monday.toString());
            weeks.add(
                    week == null
                            ? new WeekFigures(monday, 0, 0, 0)
                            : new WeekFigures(
                                    monday, week.volunteerPoints(), week.studyPoints(), week.governancePoints()));
        }
        long held = activities
                .ofStation(stationId, month.atDay(1), end, "CLOSED", MAX_ACTIVITIES)
                .size();
        ReportStatistics reported = reports.statistics(month, null, stationId, clock.instant());
        return new StationOverviewResponse(
                stationId, month.toString(), weeks, held, reported.reported(), reported.resolved());
    }

    /** The current month in the service's zone. */
    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }
}
