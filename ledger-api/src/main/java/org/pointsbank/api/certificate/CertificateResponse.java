package org.pointsbank.api.certificate;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pointsbank.core.certificate.api.CertificateIssued;
import org.pointsbank.core.certificate.api.Commendation;
import org.pointsbank.projections.certificate.CertificateRow;

/**
 * A certificate of volunteer service: its number, card, issuing station, period and figures (minutes of volunteer
 * service in total and by year, of study, the activities the entries came from, confirmed commendations), whether
 * it is still valid and the URL of its public verification.
 */
public record CertificateResponse(
        String certificateId,
        @Schema(example = "YUNGU-2026-000001") String number,
        String cardId,
        String stationId,
        Instant issuedAt,
        LocalDate from,
        LocalDate to,
        int volunteerMinutes,

        @Schema(description = "volunteer minutes by calendar year", example = "{\"2026\": 180}")
        Map<Integer, Integer> volunteerMinutesByYear,

        int studyMinutes,

        @Schema(description = "the ids of the activities the counted entries came from")
        List<String> activities,

        List<Commendation> commendations,

        @Schema(description = "false once an entry it counted is reversed")
        boolean valid,

        @Schema(description = "why it is invalid: ENTRY_REVERSED; absent while valid")
        String reason,

        String verificationUrl) {

    static CertificateResponse issued(CertificateIssued e, String verificationUrl) {
        return new CertificateResponse(
                e.certificateId(),
                e.number(),
                e.cardId(),
                e.stationId(),
                e.issuedAt(),
                e.from(),
                e.to(),
                e.volunteerMinutes(),
                e.volunteerMinutesByYear(),
                e.studyMinutes(),
                e.activityIds(),
                e.commendations(),
                true,
                null,
                verificationUrl);
    }

    static CertificateResponse of(CertificateRow row, String verificationUrl) {
        return new CertificateResponse(
                row.certificateId(),
                row.number(),
                row.cardId(),
                row.stationId(),
                row.issuedAt(),
                row.from(),
                row.to(),
                row.volunteerMinutes(),
                row.volunteerMinutesByYear(),
                row.studyMinutes(),
                row.activityIds(),
                row.commendations(),
                row.valid(),
                row.invalidReasonCode(),
                verificationUrl);
    }
}
