package org.pointsbank.core.activity.api;

import java.time.Instant;

/** Every attendee has an outcome: the close is finished ({@code credited} + {@code refused} = attendees). */
public record ActivityCloseCompleted(
        String activityId, String stationId, int credited, int refused, Instant recordedAt) {}
