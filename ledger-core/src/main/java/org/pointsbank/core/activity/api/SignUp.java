package org.pointsbank.core.activity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A volunteer puts their own card on the roster. */
public record SignUp(@TargetAggregateIdentifier String activityId, String cardId) {}
