package org.pointsbank.core.card.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Correct a credit by recording a new entry with the opposite points. {@code reversalEntryId}
 * is the id of the new entry; {@code entryId} the one being reversed.
 */
public record ReverseEntry(
        @TargetAggregateIdentifier String cardId, String reversalEntryId, String entryId, String reason) {

    public ReverseEntry {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(reversalEntryId, "reversalEntryId");
        Objects.requireNonNull(entryId, "entryId");
    }
}
