package org.pointsbank.core.report.api;

import java.time.Instant;

/** A report was dispatched; {@code dueBy} may be {@code null}. */
public record ReportDispatched(String reportId, String assignee, Instant dueBy, String by, Instant at) {}
