package org.pointsbank.core.card.api;

import java.time.Instant;

/**
 * A reading session of the card ended. {@code minutes} are the whole minutes from start to end; {@code entryId}
 * and {@code points} are set only when {@code CREDITED} (the {@link StudySessionCredited} of the same command),
 * {@code refusal} only when {@code REFUSED} (the code of the rule that refused the credit).
 */
public record ReadingSessionEnded(
        String cardId,
        String sessionId,
        String stationId,
        Instant startedAt,
        Instant endedAt,
        int minutes,
        ReadingSessionStatus status,
        String entryId,
        Long points,
        String refusal) {}
