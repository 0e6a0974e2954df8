package org.pointsbank.projections.activity;

import java.time.LocalDate;
import org.pointsbank.core.activity.api.ActivityKind;

/** An activity as the directory knows it: where it is, what its close credits, and whether volunteers
 * may check themselves in. */
public record ActivityTerms(
        String activityId, String stationId, ActivityKind kind, String title, LocalDate date, boolean selfCheckIn) {}
