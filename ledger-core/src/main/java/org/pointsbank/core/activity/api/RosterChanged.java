package org.pointsbank.core.activity.api;

import java.time.Instant;
import java.util.List;

/** Cards were put on the roster by staff; {@code added} lists only those that were not on it already. */
public record RosterChanged(String activityId, String stationId, List<String> added, Instant recordedAt) {}
