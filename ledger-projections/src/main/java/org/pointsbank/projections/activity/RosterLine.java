package org.pointsbank.projections.activity;

import java.time.Instant;

/**
 * A card on an activity's roster: {@code status} SIGNED_UP, CHECKED_IN, CHECKED_OUT, CREDITED, REFUSED or NO_SHOW;
 * {@code refusal} the card's code when REFUSED.
 */
public record RosterLine(
        String cardId,
        String status,
        Instant checkedInAt,
        Instant checkedOutAt,
        Integer minutes,
        String entryId,
        Long points,
        String refusal) {}
