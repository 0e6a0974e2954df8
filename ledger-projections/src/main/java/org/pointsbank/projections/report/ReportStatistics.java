package org.pointsbank.projections.report;

/**
 * The figures of the reports submitted in a month (in the service's zone), in a cell with every cell below it or
 * at a station: {@code accepted} and {@code resolved} count those that ever reached that state, {@code open} those
 * not verified, rejected nor marked duplicate, {@code overdue} the open ones whose latest dispatch's {@code dueBy}
 * has passed; {@code medianHoursToResolve} is the median, over those with a resolution, of the hours from
 * submission to the latest resolution, to one decimal ({@code null} when none was resolved).
 */
public record ReportStatistics(
        long reported,
        long accepted,
        long rejected,
        long duplicates,
        long resolved,
        long verified,
        long open,
        long overdue,
        Double medianHoursToResolve) {}
