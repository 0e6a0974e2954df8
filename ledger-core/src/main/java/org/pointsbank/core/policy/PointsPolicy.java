package org.pointsbank.core.policy;

import org.pointsbank.core.shared.EntryType;

/**
 * A version of the rules that turn time into points. Every credit event records the version
 * that granted it, so replaying history never depends on today's policy.
 */
public interface PointsPolicy {

    /** The id recorded on every credit event, e.g. {@code v1}. */
    String version();

    /** The terms for a kind of credit; {@code REVERSAL} has none. */
    CreditTerms termsFor(EntryType type);

    /** The most bonus points one commendation may carry. */
    long maxCommendationBonus();

    /** The most verified problem reports one card is rewarded for per business day, net of reversals. */
    int maxRewardedReportsPerDay();
}
