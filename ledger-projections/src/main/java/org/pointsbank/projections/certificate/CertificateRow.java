package org.pointsbank.projections.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pointsbank.core.certificate.api.Commendation;

/**
 * A certificate as the read model holds it. {@code invalidatedAt} and {@code invalidatedByEntry} (the reversal's
 * entry id) are set once {@code valid} is false, with {@code invalidReasonCode}.
 */
public record CertificateRow(
        String certificateId,
        String number,
        String cardId,
        String stationId,
        Instant issuedAt,
        LocalDate from,
        LocalDate to,
        int volunteerMinutes,
        int studyMinutes,
        Map<Integer, Integer> volunteerMinutesByYear,
        List<String> activityIds,
        List<Commendation> commendations,
        boolean valid,
        String invalidReasonCode,
        Instant invalidatedAt,
        String invalidatedByEntry) {}
