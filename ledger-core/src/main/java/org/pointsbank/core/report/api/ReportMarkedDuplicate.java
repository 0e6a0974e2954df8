package org.pointsbank.core.report.api;

import java.time.Instant;

/** A report was found to duplicate {@code ofReportId}; its reporter earns nothing. */
public record ReportMarkedDuplicate(String reportId, String ofReportId, String note, String by, Instant at) {}
