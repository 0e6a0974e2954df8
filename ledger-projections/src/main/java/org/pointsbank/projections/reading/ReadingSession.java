package org.pointsbank.projections.reading;

import java.time.Instant;

/**
 * A reading session as the read model knows it: {@code status} is {@code OPEN} until it ends, then the
 * ending's; {@code endedAt} and {@code minutes} are set once it ended, {@code entryId} and {@code points} when it
 * was credited, {@code refusal} when the credit was refused.
 */
public record ReadingSession(
        String sessionId,
        String cardId,
        String stationId,
        String status,
        Instant startedAt,
        Instant endedAt,
        Integer minutes,
        Long points,
        String entryId,
        String refusal) {}
