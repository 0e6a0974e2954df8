package org.pointsbank.api.reading;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /stations/{stationId}/reading-room/sessions} and {@code POST /reading-sessions/{sessionId}/end}. */
public record ReadingRoomCodeRequest(
        @Schema(description = "the code shown on the reading room's door now (8 digits)") @NotBlank @Size(max = 32)
        String code) {}
