package org.pointsbank.core.card;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.pointsbank.core.card.api.ReadingSessionEnded;
import org.pointsbank.core.card.api.ReadingSessionStatus;

/** The card's open reading session: where and when it started. */
record OpenReadingSession(String sessionId, String stationId, Instant startedAt) {

    /** Whole minutes from the start to {@code now}. */
    int minutesAt(Instant now) {
        return (int)
                Math.min(Integer.MAX_VALUE, Duration.between(startedAt, now).toMinutes());
    }

    /** The business day the session counts for: the day it started, in the service's zone. */
    LocalDate day(ZoneId zone) {
        return LocalDate.ofInstant(startedAt, zone);
    }

    /** The id of the session's study credit, the same for every attempt: a UUID named by the session id. */
    String entryId() {
        return UUID.nameUUIDFromBytes(("reading-session:" + sessionId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    ReadingSessionEnded ended(
            String cardId, Instant now, ReadingSessionStatus status, String entryId, Long points, String refusal) {
        return new ReadingSessionEnded(
                cardId, sessionId, stationId, startedAt, now, minutesAt(now), status, entryId, points, refusal);
    }
}
