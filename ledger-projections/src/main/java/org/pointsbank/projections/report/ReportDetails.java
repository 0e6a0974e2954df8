package org.pointsbank.projections.report;

import java.util.List;

/** A report with its timeline (oldest first) and its photos (in the order attached). */
public record ReportDetails(ReportRow report, List<TimelineLine> timeline, List<PhotoRef> photos) {}
