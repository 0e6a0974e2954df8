package org.pointsbank.core.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.pointsbank.core.report.api.Location;
import org.pointsbank.core.report.api.PhotoAttached;
import org.pointsbank.core.report.api.PhotoErased;
import org.pointsbank.core.report.api.ReportAccepted;
import org.pointsbank.core.report.api.ReportDispatched;
import org.pointsbank.core.report.api.ReportEntryIds;
import org.pointsbank.core.report.api.ReportMarkedDuplicate;
import org.pointsbank.core.report.api.ReportRejected;
import org.pointsbank.core.report.api.ReportReopened;
import org.pointsbank.core.report.api.ReportResolved;
import org.pointsbank.core.report.api.ReportSubmitted;
import org.pointsbank.core.report.api.ReportVerified;
import org.pointsbank.core.report.api.ResolutionOutcome;
import org.pointsbank.core.shared.LedgerCalendar;

/**
 * The history of one problem report as the aggregate itself would have recorded it, so a test names only the steps
 * that matter: report {@code r-1} of card {@code card-1}, submitted by its volunteer {@code vol-1} in cell
 * {@code unit-7} of station yungu, category {@code drain-cover}; staff {@code staff-a} triage and resolve, staff
 * {@code staff-b} verify.
 */
final class ReportHistory {

    static final String REPORT = "r-1";
    static final String CARD = "card-1";
    static final String REPORTER = "vol-1";
    static final String CATEGORY = "drain-cover";
    static final String CELL = "unit-7";
    static final String STATION = "yungu";
    static final String RESOLVER = "staff-a";
    static final String VERIFIER = "staff-b";
    static final int POINTS = 20;
    static final Location LOCATION = new Location(30.27, 120.15);
    /** 10:00 on 3 November 2026 in Shanghai: the ledger's clock. */
    static final Instant NOW = Instant.parse("2026-11-03T02:00:00Z");

    static final Instant EARLIER = NOW.minusSeconds(3_600);
    static final String ENTRY_ID = ReportEntryIds.entryIdFor(REPORT);

    private final List<Object> events = new ArrayList<>();

    private ReportHistory() {}

    static AggregateTestFixture<ProblemReport> fixture() {
        AggregateTestFixture<ProblemReport> fixture = new AggregateTestFixture<>(ProblemReport.class);
        fixture.registerInjectableResource(new LedgerCalendar(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), 60));
        return fixture;
    }

    static ReportHistory submitted() {
        ReportHistory history = new ReportHistory();
        history.events.add(new ReportSubmitted(
                REPORT,
                CARD,
                CATEGORY,
                CELL,
                STATION,
                "drain cover broken",
                LOCATION,
                "1 Wen'er Road",
                REPORTER,
                EARLIER));
        return history;
    }

    static ReportHistory accepted() {
        return submitted().accept(POINTS);
    }

    static ReportHistory dispatched() {
        return accepted().dispatch();
    }

    static ReportHistory resolved(ResolutionOutcome outcome) {
        return dispatched().resolve(RESOLVER, outcome);
    }

    static ReportHistory verified() {
        return resolved(ResolutionOutcome.FIXED).verify(POINTS);
    }

    static ReportHistory rejected() {
        return submitted().add(new ReportRejected(REPORT, "not a problem", RESOLVER, EARLIER));
    }

    static ReportHistory duplicate() {
        return submitted().add(new ReportMarkedDuplicate(REPORT, "r-0", "seen already", RESOLVER, EARLIER));
    }

    ReportHistory accept(int points) {
        return add(new ReportAccepted(REPORT, points, "ours", RESOLVER, EARLIER));
    }

    ReportHistory dispatch() {
        return add(new ReportDispatched(REPORT, "road crew", null, RESOLVER, EARLIER));
    }

    ReportHistory resolve(String by, ResolutionOutcome outcome) {
        return add(new ReportResolved(REPORT, outcome, "done", by, EARLIER));
    }

    ReportHistory reopen() {
        return add(new ReportReopened(REPORT, "still broken", VERIFIER, EARLIER));
    }

    ReportHistory verify(int points) {
        return add(new ReportVerified(
                REPORT, CARD, points, points > 0 ? ENTRY_ID : null, "looks fixed", VERIFIER, EARLIER));
    }

    ReportHistory photo(String photoId) {
        return add(new PhotoAttached(REPORT, photoId, "ab".repeat(32), "image/png", 1_000, REPORTER, EARLIER));
    }

    ReportHistory erased(String photoId) {
        return add(new PhotoErased(REPORT, photoId, "a face", "admin", EARLIER));
    }

    ReportHistory add(Object event) {
        events.add(event);
        return this;
    }

    List<Object> events() {
        return List.copyOf(events);
    }
}
