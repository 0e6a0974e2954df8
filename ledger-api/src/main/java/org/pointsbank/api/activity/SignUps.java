package org.pointsbank.api.activity;

import java.util.List;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.core.activity.api.SignUp;
import org.springframework.stereotype.Component;

/** A volunteer puts their own card on an activity's roster: the API's sign-up and the volunteer's page both call it. */
@Component
public class SignUps {

    private final LedgerCommands commands;

    SignUps(LedgerCommands commands) {
        this.commands = commands;
    }

    public LedgerResponse signUp(String activityId, String cardId) {
        commands.send(new SignUp(activityId, cardId));
        return LedgerResponse.ok(new ActivityController.RosterAdded(activityId, List.of(cardId)));
    }
}
