package org.pointsbank.api.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.pointsbank.projections.activity.RosterLine;

/** A card on the roster and where it stands; {@code refusal} the card's code when REFUSED. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RosterLineResponse(
        String cardId,
        String status,
        Instant checkedInAt,
        Instant checkedOutAt,
        Integer minutes,
        String entryId,
        Long points,
        String refusal) {

    static RosterLineResponse of(RosterLine line) {
        return new RosterLineResponse(
                line.cardId(),
                line.status(),
                line.checkedInAt(),
                line.checkedOutAt(),
                line.minutes(),
                line.entryId(),
                line.points(),
                line.refusal());
    }
}
