package org.pointsbank.core.report;

import static org.hamcrest.Matchers.containsString;
import static org.pointsbank.core.report.ReportHistory.CARD;
import static org.pointsbank.core.report.ReportHistory.CATEGORY;
import static org.pointsbank.core.report.ReportHistory.ENTRY_ID;
import static org.pointsbank.core.report.ReportHistory.NOW;
import static org.pointsbank.core.report.ReportHistory.POINTS;
import static org.pointsbank.core.report.ReportHistory.REPORT;
import static org.pointsbank.core.report.ReportHistory.RESOLVER;
import static org.pointsbank.core.report.ReportHistory.STATION;
import static org.pointsbank.core.report.ReportHistory.VERIFIER;
import static org.pointsbank.core.report.ReportHistory.resolved;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.report.api.ReportVerified;
import org.pointsbank.core.report.api.ResolutionOutcome;
import org.pointsbank.core.report.api.RewardDue;
import org.pointsbank.core.report.api.Verdict;
import org.pointsbank.core.report.api.VerifyReport;

/** A resolution is confirmed by someone independent, which names the reward owed once; or it is sent back. */
@DisplayName("VerifyReport, RecordRewardRefused")
class VerifyReportTest {

    private AggregateTestFixture<ProblemReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = ReportHistory.fixture();
    }

    private static VerifyReport confirmedBy(String by, String byCardId) {
        return new VerifyReport(REPORT, Verdict.CONFIRMED, "looks fixed", by, byCardId);
    }

    @Test
    void aConfirmedFixNamesTheRewardOfThePointsRecordedAtAcceptance() {
        fixture.given(resolved(ResolutionOutcome.FIXED).events())
                .when(confirmedBy(VERIFIER, null))
                .expectEvents(new ReportVerified(REPORT, CARD, POINTS, ENTRY_ID, "looks fixed", VERIFIER, NOW))
                .expectResultMessagePayload(new RewardDue(REPORT, CARD, ENTRY_ID, STATION, CATEGORY, POINTS));
    }

    @Test
    void theResolverMayNotVerify() {
        fixture.given(resolved(ResolutionOutcome.FIXED).events())
                .when(confirmedBy(RESOLVER, null))
                .expectException(VerifierNotIndependent.class)
                .expectExceptionMessage(containsString(RESOLVER))
                .expectNoEvents();
    }
}
