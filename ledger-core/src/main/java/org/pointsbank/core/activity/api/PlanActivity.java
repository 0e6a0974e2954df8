package org.pointsbank.core.activity.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Plan an activity at a station: a business date and a window of local times in the service's zone. {@code capacity}
 * {@code null} is unlimited; {@code selfCheckIn} lets volunteers check themselves in with the activity's code.
 */
public record PlanActivity(
        @TargetAggregateIdentifier String activityId,
        String stationId,
        ActivityKind kind,
        String title,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        Integer capacity,
        boolean selfCheckIn) {

    public PlanActivity {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
    }
}
