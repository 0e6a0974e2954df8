package org.pointsbank.api.checkin;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A scope's current check-in code as JSON: what the QR code of the same request would encode, {@code url}. */
public record CheckInCodeResponse(
        @Schema(description = "the current code, 8 digits", pattern = "^[0-9]{8}$")
        String code,

        @Schema(description = "when the next code replaces it; it is still accepted one interval longer")
        Instant expiresAt,

        @Schema(
                description = "the volunteer page that checks in with this code: what the QR code encodes",
                example = "http://localhost:8080/me/reading-room?station=yungu&code=40718265")
        String url) {}
