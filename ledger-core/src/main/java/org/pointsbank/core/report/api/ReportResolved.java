package org.pointsbank.core.report.api;

import java.time.Instant;

/** A report was resolved by {@code by}, who may not verify it. */
public record ReportResolved(String reportId, ResolutionOutcome outcome, String feedback, String by, Instant at) {}
