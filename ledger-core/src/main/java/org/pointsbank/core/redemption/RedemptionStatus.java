package org.pointsbank.core.redemption;

/** Where a redemption is: only RESERVED may change; the other three are final. */
public enum RedemptionStatus {
    RESERVED,
    FULFILLED,
    CANCELLED,
    EXPIRED
}
