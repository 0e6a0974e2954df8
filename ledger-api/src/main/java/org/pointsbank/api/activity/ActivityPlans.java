package org.pointsbank.api.activity;

import java.time.Duration;
import java.time.LocalTime;
import java.util.UUID;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.station.StationCheck;
import org.pointsbank.core.activity.api.ActivityKind;
import org.pointsbank.core.activity.api.PlanActivity;
import org.pointsbank.projections.station.StationRepository;
import org.springframework.stereotype.Service;

/**
 * Planning an activity at a station: what the API and the desk's page both run inside their idempotent request, so
 * the rules, the events and their metadata are the same whichever sent it.
 */
@Service
public class ActivityPlans {

    private final LedgerCommands commands;
    private final StationRepository stations;

    public ActivityPlans(LedgerCommands commands, StationRepository stations) {
        this.commands = commands;
        this.stations = stations;
    }

    /** Plans {@code request} at {@code stationId}: 201 with the activity, open. */
    public LedgerResponse plan(String stationId, PlanActivityRequest request) {
        StationCheck.require(stations, stationId, "stationId");
        String activityId = UUID.randomUUID().toString();
        LocalTime start = LocalTime.parse(request.startTime());
        LocalTime end = LocalTime.parse(request.endTime());
        boolean selfCheckIn = request.selfCheckIn() == null || request.selfCheckIn();
        commands.send(new PlanActivity(
                activityId,
                stationId,
                ActivityKind.valueOf(request.kind()),
                request.title(),
                request.date(),
                start,
                end,
                request.capacity(),
                selfCheckIn));
        return LedgerResponse.created(new ActivityResponse(
                activityId,
                stationId,
                request.kind(),
                request.title(),
                request.date(),
                start,
                end,
                (int) Duration.between(start, end).toMinutes(),
                request.capacity(),
                selfCheckIn,
                "OPEN",
                null));
    }
}
