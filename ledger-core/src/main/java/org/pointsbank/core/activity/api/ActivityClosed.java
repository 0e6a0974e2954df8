package org.pointsbank.core.activity.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Attendance is final. {@code attendees} are the roster members with minutes, each with the entry id their credit
 * must use ({@link ActivityEntryIds}); {@code noShows} are the roster members without. The credits themselves are
 * ordinary card credits ({@code occurredOn} = {@code date}, the activity's title as their text) whose outcomes come
 * back as {@link AttendeeCredited} or {@link AttendeeRefused}.
 */
public record ActivityClosed(
        String activityId,
        String stationId,
        ActivityKind kind,
        String title,
        LocalDate date,
        List<Attendee> attendees,
        List<String> noShows,
        Instant closedAt,
        Instant recordedAt) {}
