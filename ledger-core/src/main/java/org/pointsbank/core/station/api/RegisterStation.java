package org.pointsbank.core.station.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a service station under a slug id such as {@code yungu}. */
public record RegisterStation(@TargetAggregateIdentifier String stationId, String name) {}
