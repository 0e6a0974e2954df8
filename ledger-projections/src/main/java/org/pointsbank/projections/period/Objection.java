package org.pointsbank.projections.period;

import java.time.Instant;

/** An objection filed during a period's public-notice window. */
public record Objection(
        String objectionId,
        String period,
        String cardId,
        String stationId,
        String entryId,
        String reason,
        String filedBy,
        Instant filedAt) {}
