package org.pointsbank.core.report.api;

import java.time.Instant;

/** A verifier found the problem not fixed: the report is back to {@code ACCEPTED}, to be dispatched again. */
public record ReportReopened(String reportId, String note, String by, Instant at) {}
