package org.pointsbank.api.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a close did: each attendee credited (with the entry on their card) or refused (with the card's code), and the
 * roster members who never came. {@code status} is CLOSED once every attendee has an outcome; CLOSING (with 202)
 * while credits are still being carried out, {@code pending} counting those without an outcome yet.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloseResponse(
        String activityId,
        String status,
        List<Credited> credited,
        List<Refused> refused,
        List<String> noShows,
        Integer pending) {

    /** An attendee's credit. */
    public record Credited(String cardId, String entryId, int minutes, long points) {}

    /** An attendee the card refused, with its code. */
    public record Refused(String cardId, String code) {}
}
