package org.pointsbank.core.activity.api;

import java.time.Instant;
import java.util.List;

/** Paper attendance was recorded; {@code addedToRoster} lists the cards it put on the roster. */
public record AttendanceRecorded(
        String activityId,
        String stationId,
        List<AttendanceEntry> entries,
        List<String> addedToRoster,
        Instant recordedAt) {}
