package org.pointsbank.core.activity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Call an open activity off; nobody is credited. */
public record CancelActivity(@TargetAggregateIdentifier String activityId, String reason) {}
