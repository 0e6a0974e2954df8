package org.pointsbank.api.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why the reporter's card refused a verified report's reward: its stable code and, in the verification's answer, the
 * card's message.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RewardRefusal(String code, String message) {}
