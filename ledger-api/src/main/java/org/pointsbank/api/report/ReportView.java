package org.pointsbank.api.report;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.api.security.Role;
import org.pointsbank.core.report.api.ReportStatus;
import org.pointsbank.projections.report.PhotoRef;
import org.pointsbank.projections.report.ReportDetails;
import org.pointsbank.projections.report.ReportRow;
import org.pointsbank.projections.report.TimelineLine;

/**
 * A report as its reader may see it. Staff, auditors and admins see everything. The reporter (a volunteer) reads the
 * feedback, reasons and notes, but not who among the station's staff acted: every step not their own is
 * {@value #STATION_STAFF}, and the dispatch's assignee (a person or a team of the station) is left out.
 */
final class ReportView {

    static final String STATION_STAFF = "station staff";

    /**
     * The statuses in which the latest resolution stands. A verification that found it not fixed sends the report
     * back to ACCEPTED: that resolution is over (its timeline line stays), so outcome, feedback and resolvedAt are
     * left out until the next one.
     */
    private static final Set<String> RESOLUTION_STANDS =
            Set.of(ReportStatus.RESOLVED.name(), ReportStatus.VERIFIED.name());

    private ReportView() {}

    static ReportResponse of(ReportDetails details, LedgerUser reader) {
        boolean reporter = reader.is(Role.VOLUNTEER);
        List<TimelineLineResponse> timeline = details.timeline().stream()
                .map(line -> line(line, reporter ? reader.getUsername() : null))
                .toList();
        List<String> photos = details.photos().stream()
                .filter(photo -> photo.erasedAt() == null)
                .map(PhotoRef::photoId)
                .toList();
        return of(details.report(), reader, timeline, photos);
    }

    static ReportResponse of(
            ReportRow row, LedgerUser reader, List<TimelineLineResponse> timeline, List<String> photoIds) {
        boolean reporter = reader.is(Role.VOLUNTEER);
        boolean resolved = RESOLUTION_STANDS.contains(row.status());
        return new ReportResponse(
                row.reportId(),
                row.status(),
                row.cardId(),
                row.categoryCode(),
                row.categoryName(),
                row.gridCellId(),
                row.stationId(),
                row.stationName(),
                row.description(),
                row.lat() == null || row.lon() == null ? null : new ReportLocation(row.lat(), row.lon()),
                row.address(),
                row.submittedAt(),
                row.acceptedPoints(),
                reporter ? null : row.assignee(),
                row.dueBy(),
                resolved ? row.outcome() : null,
                resolved ? row.feedback() : null,
                resolved ? row.resolvedAt() : null,
                row.verifiedAt(),
                row.pointsCredited(),
                row.entryId(),
                row.entryId() == null ? null : row.rewardReversed(),
                row.rewardRefusalCode() == null ? null : new RewardRefusal(row.rewardRefusalCode(), null),
                row.duplicateOf(),
                row.updatedAt(),
                timeline,
                photoIds);
    }

    /** {@code reporter}: the volunteer reading it, or null for a reader who sees every name. */
    private static TimelineLineResponse line(TimelineLine line, String reporter) {
        if (reporter == null) {
            return new TimelineLineResponse(line.event(), line.status(), line.at(), line.by(), line.note());
        }
        boolean own = Objects.equals(line.by(), reporter);
        String note = "DISPATCHED".equals(line.event()) ? null : line.note();
        String by = line.by() == null ? null : own ? reporter : STATION_STAFF;
        return new TimelineLineResponse(line.event(), line.status(), line.at(), by, note);
    }
}
