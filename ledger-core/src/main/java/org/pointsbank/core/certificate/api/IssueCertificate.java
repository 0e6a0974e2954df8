package org.pointsbank.core.certificate.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Issue a numbered certificate of a card's service, with the figures the card described ({@code
 * DescribeServiceRecord}) and the confirmed commendations of the period. Ids only, no personal data.
 */
public record IssueCertificate(
        @TargetAggregateIdentifier String certificateId,
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
        List<String> countedEntryIds) {

    public IssueCertificate {
        Objects.requireNonNull(certificateId, "certificateId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        volunteerMinutesByYear = Map.copyOf(volunteerMinutesByYear);
        activityIds = List.copyOf(activityIds);
        commendations = List.copyOf(commendations);
        countedEntryIds = List.copyOf(countedEntryIds);
    }
}
