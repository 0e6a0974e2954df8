package org.pointsbank.core.card.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop a card from earning points; its history and balance stay, corrections stay possible. */
public record CloseCard(@TargetAggregateIdentifier String cardId, String reason) {

    public CloseCard {
        Objects.requireNonNull(cardId, "cardId");
    }
}
