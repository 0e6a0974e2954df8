package org.pointsbank.projections.ranking;

import java.time.Instant;
import java.time.LocalDate;

/** One entry that makes up a ranked figure: a credit, or a reversal of one (then {@code reverses} is set). */
public record ExplainedEntry(
        String entryId,
        String type,
        String stationId,
        LocalDate occurredOn,
        int minutes,
        long points,
        String reverses,
        Instant recordedAt) {}
