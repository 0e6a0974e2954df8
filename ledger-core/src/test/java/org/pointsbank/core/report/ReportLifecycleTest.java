package org.pointsbank.core.report;

import static org.pointsbank.core.report.ReportHistory.CARD;
import static org.pointsbank.core.report.ReportHistory.CATEGORY;
import static org.pointsbank.core.report.ReportHistory.CELL;
import static org.pointsbank.core.report.ReportHistory.ENTRY_ID;
import static org.pointsbank.core.report.ReportHistory.NOW;
import static org.pointsbank.core.report.ReportHistory.POINTS;
import static org.pointsbank.core.report.ReportHistory.REPORT;
import static org.pointsbank.core.report.ReportHistory.REPORTER;
import static org.pointsbank.core.report.ReportHistory.RESOLVER;
import static org.pointsbank.core.report.ReportHistory.STATION;
import static org.pointsbank.core.report.ReportHistory.VERIFIER;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;

import java.util.Arrays;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.report.api.AcceptReport;
import org.pointsbank.core.report.api.DispatchReport;
import org.pointsbank.core.report.api.ReportVerified;
import org.pointsbank.core.report.api.ResolutionOutcome;
import org.pointsbank.core.report.api.ResolveReport;
import org.pointsbank.core.report.api.RewardDue;
import org.pointsbank.core.report.api.SubmitReport;
import org.pointsbank.core.report.api.Verdict;
import org.pointsbank.core.report.api.VerifyReport;

/**
 * The whole loop driven by commands through the aggregate: a verifier finds it not fixed, it is dispatched again,
 * resolved by someone else and confirmed; the reward is named once and a second verification is refused.
 */
@DisplayName("A report sent back and verified later")
class ReportLifecycleTest {

    private static final String SECOND_RESOLVER = "staff-c";

    private AggregateTestFixture<ProblemReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = ReportHistory.fixture();
    }

    /** Submitted, accepted, dispatched, resolved, sent back, dispatched again, resolved by another. */
    private static Object[] sentBackThenResolvedAgain() {
        return new Object[] {
            new SubmitReport(REPORT, CARD, CATEGORY, CELL, STATION, "drain cover broken", null, null, REPORTER),
            new AcceptReport(REPORT, POINTS, null, RESOLVER),
            new DispatchReport(REPORT, "road crew", null, RESOLVER),
            new ResolveReport(REPORT, ResolutionOutcome.FIXED, "fixed", RESOLVER),
            new VerifyReport(REPORT, Verdict.NOT_FIXED, "still broken", VERIFIER, null),
            new DispatchReport(REPORT, "road crew", null, RESOLVER),
            new ResolveReport(REPORT, ResolutionOutcome.FIXED, "fixed for real", SECOND_RESOLVER)
        };
    }

    @Test
    void aLaterConfirmationNamesTheRewardOnce() {
        fixture.givenCommands(sentBackThenResolvedAgain())
                .when(new VerifyReport(REPORT, Verdict.CONFIRMED, "fixed now", VERIFIER, null))
                .expectEvents(new ReportVerified(REPORT, CARD, POINTS, ENTRY_ID, "fixed now", VERIFIER, NOW))
                .expectResultMessagePayload(new RewardDue(REPORT, CARD, ENTRY_ID, STATION, CATEGORY, POINTS));
    }

    @Test
    void theSecondResolverMayNotVerifyTheirOwnResolution() {
        fixture.givenCommands(sentBackThenResolvedAgain())
                .when(new VerifyReport(REPORT, Verdict.CONFIRMED, null, SECOND_RESOLVER, null))
                .expectException(hasCode("VERIFIER_NOT_INDEPENDENT"))
                .expectNoEvents();
    }

    @Test
    void aSecondVerificationAfterTheConfirmationIsAStateConflict() {
        Object[] commands = sentBackThenResolvedAgain();
        Object[] thenConfirmed = Arrays.copyOf(commands, commands.length + 1);
        thenConfirmed[commands.length] = new VerifyReport(REPORT, Verdict.CONFIRMED, null, VERIFIER, null);
        fixture.givenCommands(thenConfirmed)
                .when(new VerifyReport(REPORT, Verdict.CONFIRMED, null, "staff-d", null))
                .expectException(hasCode("REPORT_STATE_CONFLICT"))
                .expectNoEvents();
    }
}
