package org.pointsbank.api.period;

import java.time.Instant;
import java.util.List;
import org.pointsbank.core.period.api.RankedCard;
import org.pointsbank.projections.period.Objection;
import org.pointsbank.projections.period.PeriodRow;

/**
 * A closed month: {@code CLOSED} (objections may be filed until {@code noticeEndsAt}) or {@code COMMENDED};
 * its published standings and its objections when asked for one month.
 */
public record PeriodResponse(
        String period,
        String status,
        int topN,
        Instant closedAt,
        Instant noticeEndsAt,
        Instant commendedAt,
        List<RankedCard> published,
        List<Objection> objections) {

    static PeriodResponse of(PeriodRow row, List<RankedCard> published, List<Objection> objections) {
        return new PeriodResponse(
                row.period(),
                row.status(),
                row.topN(),
                row.closedAt(),
                row.noticeEndsAt(),
                row.commendedAt(),
                published,
                objections);
    }
}
