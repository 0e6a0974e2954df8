package org.pointsbank.api.activity;

import java.time.Clock;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.core.activity.api.CheckIn;
import org.pointsbank.core.activity.api.CheckOut;
import org.pointsbank.core.activity.api.CheckedIn;
import org.pointsbank.core.activity.api.CheckedOut;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Arrivals and departures at the ledger's clock: staff name a card, a volunteer shows the activity's live code for
 * their own card ({@link Attendees}). The API and the pages both run these inside their idempotent request, so the
 * rules, the events and their metadata are the same whichever way a check-in came.
 */
@Component
public class Attendances {

    private final LedgerCommands commands;
    private final Attendees attendees;
    private final Clock clock;

    Attendances(LedgerCommands commands, Attendees attendees, Clock clock) {
        this.commands = commands;
        this.attendees = attendees;
        this.clock = clock;
    }

    /** Checks the card in (a card not on the roster joins it if a place is free). */
    public LedgerResponse checkIn(String activityId, AttendeeRequest request, Authentication authentication) {
        String card = attendees.cardOf(activityId, request, authentication);
        CheckedIn in = commands.send(new CheckIn(activityId, card, clock.instant()));
        return LedgerResponse.ok(new AttendanceResponse(activityId, card, "CHECKED_IN", in.at(), null));
    }

    /** Checks the card out, with the minutes counted. */
    public LedgerResponse checkOut(String activityId, AttendeeRequest request, Authentication authentication) {
        String card = attendees.cardOf(activityId, request, authentication);
        CheckedOut out = commands.send(new CheckOut(activityId, card, clock.instant()));
        return LedgerResponse.ok(new AttendanceResponse(activityId, card, "CHECKED_OUT", out.at(), out.minutes()));
    }
}
