package org.pointsbank.api.credit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import org.pointsbank.core.card.api.EntryRecorded;

/** A recorded credit or reversal, with the card's balance right after it. */
public record EntryResponse(
        String entryId,
        String cardId,
        String type,
        long points,
        long balance,
        LocalDate occurredOn,
        Instant recordedAt,
        String policyVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reverses) {

    static EntryResponse of(EntryRecorded entry) {
        return new EntryResponse(
                entry.entryId(),
                entry.cardId(),
                entry.type().name(),
                entry.points(),
                entry.balance(),
                entry.occurredOn(),
                entry.recordedAt(),
                entry.policyVersion(),
                entry.reverses());
    }
}
