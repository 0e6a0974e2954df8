package org.pointsbank.core.report.api;

import java.time.Instant;

/** A report was rejected at triage; it earns nothing. */
public record ReportRejected(String reportId, String reason, String by, Instant at) {}
