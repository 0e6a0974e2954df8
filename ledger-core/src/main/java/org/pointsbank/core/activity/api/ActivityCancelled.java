package org.pointsbank.core.activity.api;

import java.time.Instant;

/** An open activity was called off. */
public record ActivityCancelled(String activityId, String stationId, String reason, Instant recordedAt) {}
