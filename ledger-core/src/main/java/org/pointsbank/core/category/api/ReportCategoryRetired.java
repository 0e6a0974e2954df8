package org.pointsbank.core.category.api;

import java.time.Instant;

/** A category was retired. */
public record ReportCategoryRetired(String code, Instant recordedAt) {}
