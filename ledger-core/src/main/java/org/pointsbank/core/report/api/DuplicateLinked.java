package org.pointsbank.core.report.api;

import java.time.Instant;

/** The original report learnt of a duplicate of it. */
public record DuplicateLinked(String reportId, String duplicateReportId, String by, Instant at) {}
