package org.pointsbank.api.open311;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.api.security.Role;
import org.pointsbank.core.report.api.ReportStatus;
import org.pointsbank.projections.report.FindReports;
import org.pointsbank.projections.report.ProblemReportRepository;
import org.pointsbank.projections.report.ReportCursor;
import org.pointsbank.projections.report.ReportRow;
import org.pointsbank.projections.report.TimelineLine;
import org.springframework.stereotype.Component;

/**
 * GeoReport v2's {@code GET requests}, from the reports' read model: newest first, at most 1,000, submitted within
 * the window ({@link Open311Query}), of the statuses and services asked for, among the reports the caller may read
 * (admins and auditors every one, staff their stations', a volunteer their card's).
 */
@Component
class Open311Requests {

    /** The specification's cap of one answer. */
    static final int MAX_REQUESTS = 1_000;

    private static final int PAGE = 500;
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final Set<String> CLOSED =
            Set.of(ReportStatus.VERIFIED.name(), ReportStatus.REJECTED.name(), ReportStatus.DUPLICATE.name());
    /** The timeline events whose note is feedback to the reporter. */
    private static final Set<String> NOTES = Set.of("RESOLVED", "REJECTED", "MARKED_DUPLICATE", "REOPENED");

    private final ProblemReportRepository reports;
    private final Clock clock;

    Open311Requests(ProblemReportRepository reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    List<Open311Request> find(Open311Query query, LedgerUser user) {
        List<ReportRow> found = query.ids() != null ? byIds(query.ids(), user) : inWindow(query, user);
        return found.stream().map(this::asRequest).toList();
    }

    /** One report as a service request. */
    Open311Request asRequest(ReportRow row) {
        return new Open311Request(
                row.reportId(),
                CLOSED.contains(row.status()) ? "closed" : "open",
                latestNote(row),
                row.categoryName(),
                row.categoryCode(),
                row.description(),
                row.stationName(),
                null,
                datetime(row.submittedAt()),
                datetime(row.updatedAt()),
                datetime(row.dueBy()),
                row.address(),
                row.lat(),
                row.lon());
    }

    private List<ReportRow> byIds(List<String> ids, LedgerUser user) {
        List<ReportRow> found = new ArrayList<>();
        for (String id : ids) {
            reports.find(id).filter(readableBy(user)).ifPresent(found::add);
        }
        return found;
    }

    private List<ReportRow> inWindow(Open311Query query, LedgerUser user) {
        Instant end = query.end() != null ? query.end() : clock.instant();
        Instant start = query.start() != null ? query.start() : end.minus(Duration.ofDays(Open311Query.MAX_DAYS));
        Predicate<ReportRow> wanted = readableBy(user)
                .and(row -> query.statuses() == null
                        || query.statuses().contains(CLOSED.contains(row.status()) ? "closed" : "open"))
                .and(row -> query.serviceCodes() == null || query.serviceCodes().contains(row.categoryCode()));
        if (user.is(Role.VOLUNTEER)) {
            // a volunteer reads only their card's reports: those, newest first, rather than the whole city's
            return reports.ofCard(user.cardId(), MAX_REQUESTS).stream()
                    .filter(row -> !row.submittedAt().isBefore(start)
                            && !row.submittedAt().isAfter(end))
                    .filter(wanted)
                    .toList();
        }
        List<ReportRow> found = new ArrayList<>();
        ReportCursor after = null;
        while (found.size() < MAX_REQUESTS) {
            List<ReportRow> page = reports.list(new FindReports(
                    null,
                    null,
                    user.is(Role.STAFF) ? user.stationIds() : null,
                    null,
                    start,
                    end.plusNanos(1), // end_date is inclusive, the read model's `to` exclusive
                    after,
                    PAGE));
            page.stream().filter(wanted).limit(MAX_REQUESTS - found.size()).forEach(found::add);
            if (page.size() < PAGE) {
                break;
            }
            after = ReportCursor.after(page.get(page.size() - 1));
        }
        return found;
    }

    private static Predicate<ReportRow> readableBy(LedgerUser user) {
        return row -> user.is(Role.ADMIN)
                || user.is(Role.AUDITOR)
                || user.worksAt(row.stationId())
                || user.holds(row.cardId());
    }

    /** The note of the latest step that told the reporter something, or null. */
    private String latestNote(ReportRow row) {
        String note = null;
        for (TimelineLine line : reports.timeline(row.reportId())) {
            if (NOTES.contains(line.event())
                    && line.note() != null
                    && !line.note().isBlank()) {
                note = line.note();
            }
        }
        if (note == null && ReportStatus.DUPLICATE.name().equals(row.status()) && row.duplicateOf() != null) {
            note = "a duplicate of report " + row.duplicateOf();
        }
        return note;
    }

    /** ISO 8601 with the service zone's offset, to the second, as the specification shows it. */
    private String datetime(Instant instant) {
        return instant == null
                ? null
                : DATETIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(clock.getZone()));
    }
}
