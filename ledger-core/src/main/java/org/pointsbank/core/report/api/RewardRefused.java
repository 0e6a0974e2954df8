package org.pointsbank.core.report.api;

import java.time.Instant;

/** The reward of a verified report was refused by the card with a stable {@code code}; nothing was credited. */
public record RewardRefused(String reportId, String cardId, String code, String message, Instant at) {}
