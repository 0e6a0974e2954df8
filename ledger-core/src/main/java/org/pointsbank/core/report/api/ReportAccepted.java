package org.pointsbank.core.report.api;

import java.time.Instant;

/** A report was accepted; {@code points} is what its category earned at that moment, and what verification pays. */
public record ReportAccepted(String reportId, int points, String note, String by, Instant at) {}
