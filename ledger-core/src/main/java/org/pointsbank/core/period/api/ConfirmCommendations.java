package org.pointsbank.core.period.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** After the notice window: commend every card in its station's final top N ({@code all} category). */
public record ConfirmCommendations(
        @TargetAggregateIdentifier String period, long bonusPoints) {}
