package org.pointsbank.core.card.api;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ask a card for its record of service between two business days (both included): it records no event and answers
 * a {@link ServiceRecord}. {@code from} {@code null} means the card's first entry, {@code to} {@code null} today.
 */
public record DescribeServiceRecord(
        @TargetAggregateIdentifier String cardId, LocalDate from, LocalDate to) {

    public DescribeServiceRecord {
        Objects.requireNonNull(cardId, "cardId");
    }
}
