package org.pointsbank.api.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A verification just recorded. {@code CONFIRMED}: status {@code VERIFIED}, with {@code pointsCredited} and the
 * {@code entryId} of the reward on the reporter's card, or {@code pointsCredited} 0 when nothing was due (resolved as
 * {@code NO_ACTION_NEEDED}) or the card refused it ({@code rewardRefusal}). {@code NOT_FIXED}: status
 * {@code ACCEPTED}, to be dispatched again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationResponse(
        String reportId, String status, Integer pointsCredited, String entryId, RewardRefusal rewardRefusal) {}
