package org.pointsbank.core.certificate.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A certificate of volunteer service was issued. Its id (a random UUID) is the key of its public verification;
 * {@code countedEntryIds} are the entries whose later reversal makes it invalid. Ids only, no personal data.
 */
public record CertificateIssued(
        String certificateId,
        String number,
        String cardId,
        String stationId,
        LocalDate from,
        LocalDate to,
        Map<Integer, Integer> volunteerMinutesByYear,
        int volunteerMinutes,
        int studyMinutes,
        List<String> activityIds,
        List<Commendation> commendations,
        List<String> countedEntryIds,
        Instant issuedAt) {}
