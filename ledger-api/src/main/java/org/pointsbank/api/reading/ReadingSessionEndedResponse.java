package org.pointsbank.api.reading;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.pointsbank.core.card.api.ReadingSessionEnded;

/**
 * How a reading session ended: {@code entryId} and {@code points} only when {@code CREDITED}, {@code refusal} (the
 * code of the rule that refused the credit) only when {@code REFUSED}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReadingSessionEndedResponse(
        String sessionId,
        String cardId,
        String stationId,

        @Schema(allowableValues = {"CREDITED", "TOO_SHORT", "UNFINISHED", "REFUSED"})
        String status,

        Instant startedAt,
        Instant endedAt,
        int minutes,
        String entryId,
        Long points,
        String refusal) {

    static ReadingSessionEndedResponse of(ReadingSessionEnded ended) {
        return new ReadingSessionEndedResponse(
                ended.sessionId(),
                ended.cardId(),
                ended.stationId(),
                ended.status().name(),
                ended.startedAt(),
                ended.endedAt(),
                ended.minutes(),
                ended.entryId(),
                ended.points(),
                ended.refusal());
    }
}
