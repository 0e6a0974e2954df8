package org.pointsbank.api.report;

/** Why the reporter's card refused a verified report's reward: its stable code and the card's message. */
public record RewardRefusal(String code, String message) {}
