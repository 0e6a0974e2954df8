package org.pointsbank.api.activity;

import java.time.Clock;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.core.activity.api.AttendanceEntry;
import org.pointsbank.core.activity.api.AttendanceRecorded;
import org.pointsbank.core.activity.api.CheckIn;
import org.pointsbank.core.activity.api.CheckOut;
import org.pointsbank.core.activity.api.CheckedIn;
import org.pointsbank.core.activity.api.CheckedOut;
import org.pointsbank.core.activity.api.RecordAttendance;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Arrivals, departures (at the ledger's clock) and attendance taken on paper: what the API and the desk's page both
 * run inside their idempotent request.
 */
@Service
public class Attendances {

    private final LedgerCommands commands;
    private final Attendees attendees;
    private final Clock clock;

    Attendances(LedgerCommands commands, Attendees attendees, Clock clock) {
        this.commands = commands;
        this.attendees = attendees;
        this.clock = clock;
    }

    public LedgerResponse checkIn(String activityId, AttendeeRequest request, Authentication authentication) {
        String card = attendees.cardOf(activityId, request, authentication);
        CheckedIn in = commands.send(new CheckIn(activityId, card, clock.instant()));
        return LedgerResponse.ok(new AttendanceResponse(activityId, card, "CHECKED_IN", in.at(), null));
    }

    public LedgerResponse checkOut(String activityId, AttendeeRequest request, Authentication authentication) {
        String card = attendees.cardOf(activityId, request, authentication);
        CheckedOut out = commands.send(new CheckOut(activityId, card, clock.instant()));
        return LedgerResponse.ok(new AttendanceResponse(activityId, card, "CHECKED_OUT", out.at(), out.minutes()));
    }

    public LedgerResponse record(String activityId, AttendanceRequest request) {
        request.entries().forEach(line -> attendees.requireCard(line.cardId()));
        AttendanceRecorded recorded = commands.send(new RecordAttendance(
                activityId,
                request.entries().stream()
                        .map(line -> new AttendanceEntry(line.cardId(), line.minutes()))
                        .toList()));
        return LedgerResponse.ok(
                new AttendanceController.Sheet(activityId, recorded.entries(), recorded.addedToRoster()));
    }
}
