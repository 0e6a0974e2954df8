package org.pointsbank.core.period.api;

import java.time.Instant;

/** An objection against a ranked card, recorded for whoever confirms the commendations. */
public record ObjectionFiled(
        String period,
        String objectionId,
        String cardId,
        String stationId,
        String entryId,
        String reason,
        Instant recordedAt) {}
