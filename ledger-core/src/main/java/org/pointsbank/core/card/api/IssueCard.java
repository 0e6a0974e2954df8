package org.pointsbank.core.card.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a new reward card at a station. The card id is chosen by the caller. */
public record IssueCard(@TargetAggregateIdentifier String cardId, String stationId) {

    public IssueCard {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(stationId, "stationId");
    }
}
