package org.pointsbank.core.category.api;

import java.time.Instant;

/** A category of problem report was added to the catalogue. */
public record ReportCategoryAdded(String code, String name, int points, String description, Instant recordedAt) {}
