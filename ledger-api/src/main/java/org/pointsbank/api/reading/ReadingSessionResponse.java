package org.pointsbank.api.reading;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.pointsbank.projections.reading.ReadingSession;

/** One of a card's reading sessions: {@code OPEN}, or how it ended (the fields as when it ended). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReadingSessionResponse(
        String sessionId,
        String cardId,
        String stationId,

        @Schema(allowableValues = {"OPEN", "CREDITED", "TOO_SHORT", "UNFINISHED", "REFUSED"})
        String status,

        Instant startedAt,
        Instant endedAt,
        Integer minutes,
        String entryId,
        Long points,
        String refusal) {

    static ReadingSessionResponse of(ReadingSession session) {
        return new ReadingSessionResponse(
                session.sessionId(),
                session.cardId(),
                session.stationId(),
                session.status(),
                session.startedAt(),
                session.endedAt(),
                session.minutes(),
                session.entryId(),
                session.points(),
                session.refusal());
    }
}
