package org.pointsbank.core.report.api;

import java.time.Instant;

/**
 * A resolution was confirmed. {@code points} is what the reporter is owed (the points recorded at acceptance; 0 when
 * nothing is due) and {@code entryId} the derived id of that credit ({@code null} when nothing is due).
 */
public record ReportVerified(
        String reportId, String cardId, int points, String entryId, String note, String by, Instant at) {}
