package org.pointsbank.core.card.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a new reward card at a station. The card id is chosen by the caller. */
public record IssueCard(@TargetAggregateIdentifier String cardId, String stationId) {
}
