package org.pointsbank.core.report;

import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.report.ReportHistory.CARD;
import static org.pointsbank.core.report.ReportHistory.CATEGORY;
import static org.pointsbank.core.report.ReportHistory.CELL;
import static org.pointsbank.core.report.ReportHistory.LOCATION;
import static org.pointsbank.core.report.ReportHistory.NOW;
import static org.pointsbank.core.report.ReportHistory.REPORT;
import static org.pointsbank.core.report.ReportHistory.REPORTER;
import static org.pointsbank.core.report.ReportHistory.RESOLVER;
import static org.pointsbank.core.report.ReportHistory.STATION;
import static org.pointsbank.core.report.ReportHistory.duplicate;
import static org.pointsbank.core.report.ReportHistory.submitted;
import static org.pointsbank.core.report.ReportHistory.verified;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasField;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasKind;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pointsbank.core.report.api.AcceptReport;
import org.pointsbank.core.report.api.DispatchReport;
import org.pointsbank.core.report.api.DuplicateLinked;
import org.pointsbank.core.report.api.LinkDuplicate;
import org.pointsbank.core.report.api.MarkReportDuplicate;
import org.pointsbank.core.report.api.RejectReport;
import org.pointsbank.core.report.api.ReportAccepted;
import org.pointsbank.core.report.api.ReportDispatched;
import org.pointsbank.core.report.api.ReportMarkedDuplicate;
import org.pointsbank.core.report.api.ReportRejected;
import org.pointsbank.core.report.api.ReportResolved;
import org.pointsbank.core.report.api.ReportSubmitted;
import org.pointsbank.core.report.api.ResolutionOutcome;
import org.pointsbank.core.report.api.ResolveReport;
import org.pointsbank.core.report.api.SubmitReport;
import org.pointsbank.core.shared.RuleKind;

/** Submission, triage (accept, reject, duplicate), dispatch and resolution: each step an event with who and when. */
@DisplayName("SubmitReport, triage, DispatchReport, ResolveReport")
class TriageTest {

    private AggregateTestFixture<ProblemReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = ReportHistory.fixture();
    }

    @Test
    void submitsAReportWithTheStationTheCallerFound() {
        fixture.givenNoPriorActivity()
                .when(new SubmitReport(
                        REPORT, CARD, CATEGORY, CELL, STATION, "drain cover broken", LOCATION, null, REPORTER))
                .expectEvents(new ReportSubmitted(
                        REPORT, CARD, CATEGORY, CELL, STATION, "drain cover broken", LOCATION, null, REPORTER, NOW));
    }

    @Nested
    @DisplayName("AcceptReport")
    class Accept {

        @ParameterizedTest(name = "{0} points")
        @ValueSource(ints = {0, 7, 100})
        void recordsTheCategorysPointsAtAcceptance(int points) {
            fixture.given(submitted().events())
                    .when(new AcceptReport(REPORT, points, "ours", RESOLVER))
                    .expectEvents(new ReportAccepted(REPORT, points, "ours", RESOLVER, NOW));
        }

        @ParameterizedTest(name = "{0} points")
        @ValueSource(ints = {-1, 101})
        void refusesPointsNoCategoryCouldEarn(int points) {
            fixture.given(submitted().events())
                    .when(new AcceptReport(REPORT, points, null, RESOLVER))
                    .expectException(
                            allOf(hasCode("VALIDATION_FAILED"), hasKind(RuleKind.INVALID_INPUT), hasField("points")))
                    .expectNoEvents();
        }
    }

    @Test
    void rejectsASubmittedReportWithTheReasonTheReporterReads() {
        fixture.given(submitted().events())
                .when(new RejectReport(REPORT, "private property", RESOLVER))
                .expectEvents(new ReportRejected(REPORT, "private property", RESOLVER, NOW));
    }

    @Nested
    @DisplayName("MarkReportDuplicate, LinkDuplicate")
    class Duplicates {

        @Test
        void marksASubmittedReportADuplicateOfAnother() {
            fixture.given(submitted().events())
                    .when(new MarkReportDuplicate(REPORT, "r-0", "seen already", RESOLVER))
                    .expectEvents(new ReportMarkedDuplicate(REPORT, "r-0", "seen already", RESOLVER, NOW));
        }

        @Test
        void refusesAReportAsADuplicateOfItself() {
            fixture.given(submitted().events())
                    .when(new MarkReportDuplicate(REPORT, REPORT, null, RESOLVER))
                    .expectException(
                            allOf(hasCode("INVALID_DUPLICATE"), hasKind(RuleKind.RULE_REFUSED), hasField("ofReportId")))
                    .expectNoEvents();
        }

        @Test
        void theOriginalLearnsOfItsDuplicateInAnyStateOfItsOwn() {
            fixture.given(submitted().events())
                    .when(new LinkDuplicate(REPORT, "r-2", RESOLVER))
                    .expectEvents(new DuplicateLinked(REPORT, "r-2", RESOLVER, NOW));
            fixture.given(verified().events())
                    .when(new LinkDuplicate(REPORT, "r-2", RESOLVER))
                    .expectEvents(new DuplicateLinked(REPORT, "r-2", RESOLVER, NOW));
        }

        @Test
        void aDuplicateLinkedAlreadyIsNotLinkedAgain() {
            fixture.given(submitted()
                            .add(new DuplicateLinked(REPORT, "r-2", RESOLVER, NOW))
                            .events())
                    .when(new LinkDuplicate(REPORT, "r-2", RESOLVER))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aDuplicateCannotBeAnOriginal() {
            fixture.given(duplicate().events())
                    .when(new LinkDuplicate(REPORT, "r-2", RESOLVER))
                    .expectException(allOf(hasCode("INVALID_DUPLICATE"), hasField("ofReportId")))
                    .expectNoEvents();
        }

        @Test
        void aReportCannotBeItsOwnOriginal() {
            fixture.given(submitted().events())
                    .when(new LinkDuplicate(REPORT, REPORT, RESOLVER))
                    .expectException(allOf(hasCode("INVALID_DUPLICATE"), hasField("ofReportId")))
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("DispatchReport, ResolveReport")
    class DispatchAndResolve {

        @Test
        void dispatchesAnAcceptedReportWithADueByInThePastRecordedAsGiven() {
            Instant lastWeek = NOW.minusSeconds(7 * 86_400);
            fixture.given(ReportHistory.accepted().events())
                    .when(new DispatchReport(REPORT, "road crew", lastWeek, RESOLVER))
                    .expectEvents(new ReportDispatched(REPORT, "road crew", lastWeek, RESOLVER, NOW));
        }

        @Test
        void dispatchesWithoutADueBy() {
            fixture.given(ReportHistory.accepted().events())
                    .when(new DispatchReport(REPORT, "road crew", null, RESOLVER))
                    .expectEvents(new ReportDispatched(REPORT, "road crew", null, RESOLVER, NOW));
        }

        @Test
        void resolvesADispatchedReport() {
            fixture.given(ReportHistory.dispatched().events())
                    .when(new ResolveReport(REPORT, ResolutionOutcome.FIXED, "new cover fitted", RESOLVER))
                    .expectEvents(
                            new ReportResolved(REPORT, ResolutionOutcome.FIXED, "new cover fitted", RESOLVER, NOW));
        }

        @Test
        void resolvesAnAcceptedReportWithoutADispatch() {
            fixture.given(ReportHistory.accepted().events())
                    .when(new ResolveReport(
                            REPORT, ResolutionOutcome.NOT_OUR_RESPONSIBILITY, "the utility's", RESOLVER))
                    .expectEvents(new ReportResolved(
                            REPORT, ResolutionOutcome.NOT_OUR_RESPONSIBILITY, "the utility's", RESOLVER, NOW));
        }
    }
}
