package org.pointsbank.api.reading;

import java.time.Instant;
import org.pointsbank.core.card.api.ReadingSessionStarted;

/** A reading session just started: {@code status} is always {@code OPEN}. */
public record ReadingSessionStartedResponse(
        String sessionId, String stationId, String cardId, Instant startedAt, String status) {

    static ReadingSessionStartedResponse of(ReadingSessionStarted started) {
        return new ReadingSessionStartedResponse(
                started.sessionId(), started.stationId(), started.cardId(), started.startedAt(), "OPEN");
    }
}
