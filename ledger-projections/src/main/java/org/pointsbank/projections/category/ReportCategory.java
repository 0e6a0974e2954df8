package org.pointsbank.projections.category;

import java.time.Instant;

/** A category of problem report: the points a verified report of it earns now; retired ones take no new reports. */
public record ReportCategory(
        String code,
        String name,
        int points,
        String description,
        boolean retired,
        Instant addedAt,
        Instant retiredAt) {}
