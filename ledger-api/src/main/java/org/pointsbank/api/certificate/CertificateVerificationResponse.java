package org.pointsbank.api.certificate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * The public verification of a certificate: no personal data beyond the holder's masked name ({@code 李*},
 * {@code null} once the holder's data is erased), and when it is invalid a reason code and a date, never the free
 * text of the reversal (which may name a person).
 */
public record CertificateVerificationResponse(
        String certificateId,
        String number,
        boolean valid,
        Instant issuedAt,
        int volunteerMinutes,
        int studyMinutes,
        String stationName,

        @Schema(
                description = "the first character of the holder's name, then one * per further character",
                example = "李*")
        String holder,

        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "ENTRY_REVERSED when invalid")
        String reason,

        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "a counted entry was reversed on 2026-12-03")
        String reasonText) {}
