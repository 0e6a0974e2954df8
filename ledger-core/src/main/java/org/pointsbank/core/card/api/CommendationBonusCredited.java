package org.pointsbank.core.card.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Bonus points for a commendation were credited: an ordinary entry (reversible, on statements), dated the day
 * it was granted; no ranking counts it.
 */
public record CommendationBonusCredited(
        String cardId,
        String entryId,
        String stationId,
        String period,
        int rank,
        LocalDate occurredOn,
        long points,
        long balanceAfter,
        String policyVersion,
        Instant recordedAt) {}
