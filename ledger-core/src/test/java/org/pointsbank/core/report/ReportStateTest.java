package org.pointsbank.core.report;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.pointsbank.core.report.ReportHistory.REPORT;
import static org.pointsbank.core.report.ReportHistory.RESOLVER;
import static org.pointsbank.core.report.ReportHistory.VERIFIER;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasKind;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pointsbank.core.report.api.AcceptReport;
import org.pointsbank.core.report.api.AttachPhoto;
import org.pointsbank.core.report.api.DispatchReport;
import org.pointsbank.core.report.api.MarkReportDuplicate;
import org.pointsbank.core.report.api.RecordRewardRefused;
import org.pointsbank.core.report.api.RejectReport;
import org.pointsbank.core.report.api.ReportStatus;
import org.pointsbank.core.report.api.ResolutionOutcome;
import org.pointsbank.core.report.api.ResolveReport;
import org.pointsbank.core.report.api.Verdict;
import org.pointsbank.core.report.api.VerifyReport;
import org.pointsbank.core.shared.RuleKind;

/**
 * Every step of the lifecycle from every state that does not allow it: {@code REPORT_STATE_CONFLICT}, naming the
 * state, and nothing recorded. The states a step is allowed from are written here, independently of the aggregate.
 */
@DisplayName("A step from a state that does not allow it")
class ReportStateTest {

    /** Each state, reached as the aggregate would have recorded it. */
    private static final Map<ReportStatus, Supplier<ReportHistory>> HISTORIES = Map.of(
            ReportStatus.SUBMITTED, ReportHistory::submitted,
            ReportStatus.ACCEPTED, ReportHistory::accepted,
            ReportStatus.DISPATCHED, ReportHistory::dispatched,
            ReportStatus.RESOLVED, () -> ReportHistory.resolved(ResolutionOutcome.FIXED),
            ReportStatus.VERIFIED, ReportHistory::verified,
            ReportStatus.REJECTED, ReportHistory::rejected,
            ReportStatus.DUPLICATE, ReportHistory::duplicate);

    private record Step(String name, Object command, Set<ReportStatus> allowedFrom) {}

    private static final List<Step> STEPS = List.of(
            new Step("accept", new AcceptReport(REPORT, 20, null, RESOLVER), EnumSet.of(ReportStatus.SUBMITTED)),
            new Step("reject", new RejectReport(REPORT, "no", RESOLVER), EnumSet.of(ReportStatus.SUBMITTED)),
            new Step(
                    "mark a duplicate",
                    new MarkReportDuplicate(REPORT, "r-0", null, RESOLVER),
                    EnumSet.of(ReportStatus.SUBMITTED)),
            new Step(
                    "dispatch",
                    new DispatchReport(REPORT, "road crew", Instant.parse("2026-11-10T00:00:00Z"), RESOLVER),
                    EnumSet.of(ReportStatus.ACCEPTED)),
            new Step(
                    "resolve",
                    new ResolveReport(REPORT, ResolutionOutcome.FIXED, "done", RESOLVER),
                    EnumSet.of(ReportStatus.ACCEPTED, ReportStatus.DISPATCHED)),
            new Step(
                    "verify",
                    new VerifyReport(REPORT, Verdict.CONFIRMED, null, VERIFIER, null),
                    EnumSet.of(ReportStatus.RESOLVED)),
            new Step(
                    "send back",
                    new VerifyReport(REPORT, Verdict.NOT_FIXED, null, VERIFIER, null),
                    EnumSet.of(ReportStatus.RESOLVED)),
            new Step(
                    "attach a photo",
                    new AttachPhoto(REPORT, "p-9", "cd".repeat(32), "image/jpeg", 10, RESOLVER),
                    EnumSet.of(
                            ReportStatus.SUBMITTED,
                            ReportStatus.ACCEPTED,
                            ReportStatus.DISPATCHED,
                            ReportStatus.RESOLVED)),
            new Step(
                    "record a refused reward",
                    new RecordRewardRefused(REPORT, "CARD_NOT_ACTIVE", "card closed"),
                    EnumSet.of(ReportStatus.VERIFIED)));

    static Stream<Arguments> stepsFromStatesThatDoNotAllowThem() {
        return STEPS.stream()
                .flatMap(step -> EnumSet.complementOf(EnumSet.copyOf(step.allowedFrom())).stream()
                        .map(state -> Arguments.of(step.name(), state, step.command())));
    }

    @ParameterizedTest(name = "{0} a {1} report")
    @MethodSource("stepsFromStatesThatDoNotAllowThem")
    void isARefusedStateConflict(String step, ReportStatus state, Object command) {
        ReportHistory.fixture()
                .given(HISTORIES.get(state).get().events())
                .when(command)
                .expectException(allOf(hasCode("REPORT_STATE_CONFLICT"), hasKind(RuleKind.STATE_CONFLICT)))
                .expectExceptionMessage(containsString("report " + REPORT + " is " + state))
                .expectNoEvents();
    }

    static Stream<Arguments> stepsFromStatesThatAllowThem() {
        return STEPS.stream()
                .flatMap(step ->
                        step.allowedFrom().stream().map(state -> Arguments.of(step.name(), state, step.command())));
    }

    /** The control: the same commands from the states that allow them are recorded. */
    @ParameterizedTest(name = "{0} a {1} report")
    @MethodSource("stepsFromStatesThatAllowThem")
    void isRecordedFromAStateThatAllowsIt(String step, ReportStatus state, Object command) {
        ReportHistory.fixture()
                .given(HISTORIES.get(state).get().events())
                .when(command)
                .expectSuccessfulHandlerExecution();
    }
}
