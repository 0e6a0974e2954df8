package org.pointsbank.api.activity;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.pointsbank.core.activity.api.ActivityPlanned;
import org.pointsbank.projections.activity.ActivityRow;

/**
 * An activity; {@code status} OPEN, CLOSED or CANCELLED. {@code roster} is given when one activity is read (a
 * volunteer's holds only their own line) and left out of lists.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityResponse(
        String activityId,
        String stationId,
        String kind,
        String title,
        LocalDate date,
        @JsonFormat(pattern = "HH:mm") LocalTime startTime,
        @JsonFormat(pattern = "HH:mm") LocalTime endTime,
        int plannedMinutes,
        Integer capacity,
        boolean selfCheckIn,
        String status,
        List<RosterLineResponse> roster) {

    static ActivityResponse planned(ActivityPlanned e) {
        return new ActivityResponse(
                e.activityId(),
                e.stationId(),
                e.kind().name(),
                e.title(),
                e.date(),
                e.startTime(),
                e.endTime(),
                e.plannedMinutes(),
                e.capacity(),
                e.selfCheckIn(),
                "OPEN",
                null);
    }

    static ActivityResponse of(ActivityRow row, List<RosterLineResponse> roster) {
        return new ActivityResponse(
                row.activityId(),
                row.stationId(),
                row.kind(),
                row.title(),
                row.date(),
                row.startTime(),
                row.endTime(),
                row.plannedMinutes(),
                row.capacity(),
                row.selfCheckIn(),
                row.status(),
                roster);
    }
}
