package org.pointsbank.api.activity;

import org.pointsbank.api.checkin.CheckInCodes;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.api.security.Role;
import org.pointsbank.projections.activity.ActivityDirectory;
import org.pointsbank.projections.activity.ActivityTerms;
import org.pointsbank.projections.directory.CardDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whose arrival or departure a request records: the card staff name ({@code cardId}), or the volunteer's own card
 * when they show the activity's live code ({@code code}, where the activity allows self check-in).
 */
@Component
class Attendees {

    private final CheckInCodes codes;
    private final ActivityDirectory activities;
    private final CardDirectory cards;

    Attendees(CheckInCodes codes, ActivityDirectory activities, CardDirectory cards) {
        this.codes = codes;
        this.activities = activities;
        this.cards = cards;
    }

    String cardOf(String activityId, AttendeeRequest request, Authentication authentication) {
        LedgerUser user = (LedgerUser) authentication.getPrincipal();
        if (user.is(Role.VOLUNTEER)) {
            return volunteersCard(activityId, request, user);
        }
        if (request.cardId() == null || request.code() != null) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "VALIDATION_FAILED",
                    "staff check a card in or out by its cardId (a code is what volunteers show)",
                    "cardId");
        }
        requireCard(request.cardId());
        return request.cardId();
    }

    private String volunteersCard(String activityId, AttendeeRequest request, LedgerUser user) {
        if (request.code() == null || request.cardId() != null) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "VALIDATION_FAILED",
                    "a volunteer checks in or out with the activity's code, for their own card",
                    "code");
        }
        ActivityTerms activity =
                activities.find(activityId).orElseThrow(() -> ApiException.activityNotFound(activityId));
        if (!activity.selfCheckIn()) {
            throw new ApiException(
                    HttpStatus.FORBIDDEN, "FORBIDDEN", "this activity's attendance is taken by its staff, at the desk");
        }
        if (!codes.acceptsFrom(user.username(), CheckInCodes.activityScope(activityId), request.code())) {
            throw AttendanceController.invalidCode();
        }
        return user.cardId();
    }

    void requireCard(String cardId) {
        LedgerCommands.requireCardId(cardId);
        if (cards.stationOfCard(cardId).isEmpty()) {
            throw ApiException.cardNotFound(cardId);
        }
    }
}
