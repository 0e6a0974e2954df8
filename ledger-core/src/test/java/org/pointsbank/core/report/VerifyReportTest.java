package org.pointsbank.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.pointsbank.core.report.ReportHistory.CARD;
import static org.pointsbank.core.report.ReportHistory.CATEGORY;
import static org.pointsbank.core.report.ReportHistory.ENTRY_ID;
import static org.pointsbank.core.report.ReportHistory.NOW;
import static org.pointsbank.core.report.ReportHistory.POINTS;
import static org.pointsbank.core.report.ReportHistory.REPORT;
import static org.pointsbank.core.report.ReportHistory.REPORTER;
import static org.pointsbank.core.report.ReportHistory.RESOLVER;
import static org.pointsbank.core.report.ReportHistory.STATION;
import static org.pointsbank.core.report.ReportHistory.VERIFIER;
import static org.pointsbank.core.report.ReportHistory.resolved;
import static org.pointsbank.core.report.ReportHistory.submitted;
import static org.pointsbank.core.report.ReportHistory.verified;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasKind;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.report.api.RecordRewardRefused;
import org.pointsbank.core.report.api.ReportReopened;
import org.pointsbank.core.report.api.ReportStatus;
import org.pointsbank.core.report.api.ReportVerified;
import org.pointsbank.core.report.api.ResolutionOutcome;
import org.pointsbank.core.report.api.RewardDue;
import org.pointsbank.core.report.api.RewardRefused;
import org.pointsbank.core.report.api.Verdict;
import org.pointsbank.core.report.api.VerifyReport;
import org.pointsbank.core.shared.RuleKind;

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

    @Nested
    @DisplayName("a confirmation")
    class Confirmation {

        @Test
        void ofAFixNamesTheRewardOfThePointsRecordedAtAcceptance() {
            fixture.given(resolved(ResolutionOutcome.FIXED).events())
                    .when(confirmedBy(VERIFIER, "card-of-staff-b"))
                    .expectEvents(new ReportVerified(REPORT, CARD, POINTS, ENTRY_ID, "looks fixed", VERIFIER, NOW))
                    .expectResultMessagePayload(new RewardDue(REPORT, CARD, ENTRY_ID, STATION, CATEGORY, POINTS));
        }

        /** The category's points may have changed since; the report pays what its acceptance recorded. */
        @Test
        void paysThePointsOfTheAcceptanceNotTheCategorysPointsNow() {
            fixture.given(submitted()
                            .accept(7)
                            .dispatch()
                            .resolve(RESOLVER, ResolutionOutcome.FIXED)
                            .events())
                    .when(confirmedBy(VERIFIER, null))
                    .expectEvents(new ReportVerified(REPORT, CARD, 7, ENTRY_ID, "looks fixed", VERIFIER, NOW))
                    .expectResultMessagePayload(new RewardDue(REPORT, CARD, ENTRY_ID, STATION, CATEGORY, 7));
        }

        @Test
        void ofAProblemThatIsSomeoneElsesToFixEarnsTheAcceptedPoints() {
            fixture.given(resolved(ResolutionOutcome.NOT_OUR_RESPONSIBILITY).events())
                    .when(confirmedBy(VERIFIER, null))
                    .expectResultMessagePayload(new RewardDue(REPORT, CARD, ENTRY_ID, STATION, CATEGORY, POINTS));
        }

        @Test
        void ofNoActionNeededEarnsNothingAsNoProblemWasFound() {
            fixture.given(resolved(ResolutionOutcome.NO_ACTION_NEEDED).events())
                    .when(confirmedBy(VERIFIER, null))
                    .expectEvents(new ReportVerified(REPORT, CARD, 0, null, "looks fixed", VERIFIER, NOW))
                    .expectResultMessagePayloadMatching(nullValue());
        }

        @Test
        void ofAReportAcceptedForNoPointsNamesNoReward() {
            fixture.given(submitted()
                            .accept(0)
                            .resolve(RESOLVER, ResolutionOutcome.FIXED)
                            .events())
                    .when(confirmedBy(VERIFIER, null))
                    .expectEvents(new ReportVerified(REPORT, CARD, 0, null, "looks fixed", VERIFIER, NOW))
                    .expectResultMessagePayloadMatching(nullValue());
        }

        @Test
        void cannotBeGivenTwice() {
            fixture.given(verified().events())
                    .when(confirmedBy(VERIFIER, null))
                    .expectException(allOf(hasCode("REPORT_STATE_CONFLICT"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectExceptionMessage(containsString("is VERIFIED"))
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("the verifier's independence")
    class Independence {

        @Test
        void theResolverMayNotVerify() {
            fixture.given(resolved(ResolutionOutcome.FIXED).events())
                    .when(confirmedBy(RESOLVER, null))
                    .expectException(allOf(hasCode("VERIFIER_NOT_INDEPENDENT"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectExceptionMessage(containsString(RESOLVER))
                    .expectNoEvents();
        }

        @Test
        void theUserWhoSubmittedItMayNotVerify() {
            fixture.given(resolved(ResolutionOutcome.FIXED).events())
                    .when(confirmedBy(REPORTER, null))
                    .expectException(VerifierNotIndependent.class)
                    .expectNoEvents();
        }

        /** Staff who filed it on a holder's behalf are not the reporter; a user holding the reporter's card is. */
        @Test
        void aUserHoldingTheReportersCardMayNotVerify() {
            fixture.given(resolved(ResolutionOutcome.FIXED).events())
                    .when(confirmedBy("staff-c", CARD))
                    .expectException(allOf(hasCode("VERIFIER_NOT_INDEPENDENT"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectNoEvents();
        }

        @Test
        void theResolverMayNotSendItBackEither() {
            fixture.given(resolved(ResolutionOutcome.FIXED).events())
                    .when(new VerifyReport(REPORT, Verdict.NOT_FIXED, null, RESOLVER, null))
                    .expectException(VerifierNotIndependent.class)
                    .expectNoEvents();
        }
    }

    @Test
    void notFixedSendsItBackToAcceptedAndNamesNoReward() {
        fixture.given(resolved(ResolutionOutcome.FIXED).events())
                .when(new VerifyReport(REPORT, Verdict.NOT_FIXED, "still broken", VERIFIER, null))
                .expectEvents(new ReportReopened(REPORT, "still broken", VERIFIER, NOW))
                .expectResultMessagePayloadMatching(nullValue())
                .expectState(report -> assertThat(report)
                        .extracting("status", "resolvedBy", "outcome")
                        .containsExactly(ReportStatus.ACCEPTED, null, null));
    }

    @Nested
    @DisplayName("RecordRewardRefused")
    class RewardRefusal {

        @Test
        void recordsTheCardsRefusalOfAVerifiedReportsReward() {
            fixture.given(verified().events())
                    .when(new RecordRewardRefused(REPORT, "DAILY_LIMIT_EXCEEDED", "5 reports rewarded today"))
                    .expectEvents(
                            new RewardRefused(REPORT, CARD, "DAILY_LIMIT_EXCEEDED", "5 reports rewarded today", NOW));
        }

        @Test
        void isRecordedOnce() {
            fixture.given(verified()
                            .add(new RewardRefused(REPORT, CARD, "CARD_NOT_ACTIVE", "closed", NOW))
                            .events())
                    .when(new RecordRewardRefused(REPORT, "CARD_NOT_ACTIVE", "closed"))
                    .expectException(allOf(hasCode("REPORT_STATE_CONFLICT"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectNoEvents();
        }

        @Test
        void isRefusedForAVerificationThatOwedNothing() {
            fixture.given(resolved(ResolutionOutcome.NO_ACTION_NEEDED).verify(0).events())
                    .when(new RecordRewardRefused(REPORT, "CARD_NOT_ACTIVE", "closed"))
                    .expectException(ReportStateConflict.class)
                    .expectNoEvents();
        }
    }
}
