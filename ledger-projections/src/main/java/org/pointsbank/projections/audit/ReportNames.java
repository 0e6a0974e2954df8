package org.pointsbank.projections.audit;

/**
 * The problem report, report category and grid cell an event names, as far as the event itself carries them; the
 * audit trail fills a report's category and cell (and card and station) from the report's submission in the log.
 */
record ReportNames(String reportId, String categoryCode, String gridCellId) {

    static final ReportNames NONE = new ReportNames(null, null, null);
}
