package org.pointsbank.core.category.api;

import java.time.Instant;

/** The category's points changed; reports accepted before keep the points recorded at their acceptance. */
public record ReportCategoryPointsChanged(String code, int points, int previousPoints, Instant recordedAt) {}
