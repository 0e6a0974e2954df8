package org.pointsbank.core.redemption.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the expiry sweep for a redemption whose hold has run out. Does nothing when it has not run out by
 * the ledger's clock or the redemption is finished already, so a late or repeated sweep is harmless.
 */
public record ExpireRedemption(@TargetAggregateIdentifier String redemptionId) {}
