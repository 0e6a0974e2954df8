package org.pointsbank.api.open311;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
    /** The notes of a reopening that carried none. */
    static final String REOPENED = "reopened: not fixed";

    private final ProblemReportRepository reports;
    private final Clock clock;

    Open311Requests(ProblemReportRepository reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    List<Open311Request> find(Open311Query query, LedgerUser user) {
        List<ReportRow> found = query.ids() != null ? byIds(query.ids(), user) : inWindow(query, user);
        return asRequests(found);
    }

    /** One report as a service request. */
    Open311Request asRequest(ReportRow row) {
        return asRequests(List.of(row)).get(0);
    }

    /** The reports as service requests, their latest notes read in one query. */
    private List<Open311Request> asRequests(List<ReportRow> rows) {
        Map<String, TimelineLine> notes =
                reports.latestLines(rows.stream().map(ReportRow::reportId).toList(), NOTES);
        return rows.stream()
                .map(row -> asRequest(row, notes.get(row.reportId())))
                .toList();
    }

    private Open311Request asRequest(ReportRow row, TimelineLine latestNoted) {
        return new Open311Request(
                row.reportId(),
                CLOSED.contains(row.status()) ? "closed" : "open",
                note(row, latestNoted),
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
        List<String> statuses = query.statuses() == null ? null : reportStatuses(query.statuses());
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
                    PAGE,
                    statuses,
                    query.serviceCodes()));
            // the read model filtered the statuses and services asked for
            page.stream()
                    .filter(readableBy(user))
                    .limit(MAX_REQUESTS - found.size())
                    .forEach(found::add);
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

    /** The {@code ReportStatus} names of Open311's {@code open} and {@code closed}. */
    private static List<String> reportStatuses(Collection<String> open311Statuses) {
        return Arrays.stream(ReportStatus.values())
                .map(ReportStatus::name)
                .filter(name -> open311Statuses.contains(CLOSED.contains(name) ? "closed" : "open"))
                .toList();
    }

    /**
     * The note of the latest step that told the reporter something ({@code latest}), or null: a reopening (a
     * verification found it not fixed) without a note is {@value #REOPENED}, never the feedback of the resolution it
     * undid.
     */
    private static String note(ReportRow row, TimelineLine latest) {
        String note = latest == null || latest.note() == null || latest.note().isBlank() ? null : latest.note();
        if (note == null && latest != null && "REOPENED".equals(latest.event())) {
            note = REOPENED;
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
