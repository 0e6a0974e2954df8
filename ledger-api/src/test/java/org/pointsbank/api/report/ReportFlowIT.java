package org.pointsbank.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.core.report.api.ReportEntryIds;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A problem report from submission to verification through HTTP: the reward on the reporter's statement and in the
 * governance ranking, exactly once; what earns nothing; a verification that finds it not fixed; and who may not.
 */
class ReportFlowIT extends IntegrationTest {

    @Autowired
    private CommandGateway gateway;

    private static final Duration WAIT = Duration.ofSeconds(15);

    private ReportFixture reports;
    private String station;
    private String card;
    private String category;
    private String cell;
    private ApiClient resolver;
    private ApiClient verifier;
    private ApiClient reporter;

    @BeforeEach
    void aGridHandledByOneStation() {
        reports = new ReportFixture(admin, gateway);
        station = ledger.station();
        card = ledger.card(station);
        category = reports.category(8);
        String county = reports.county(station);
        cell = reports.cell("STREET", county, null);
        resolver = reports.staff(station);
        verifier = reports.staff(station);
        reporter = reports.volunteer(card);
    }

    @Test
    void aVerifiedReportCreditsItsReporterOnceOnTheStatementAndInTheGovernanceRanking() {
        ApiResponse submitted = reports.submit(reporter, card, category, cell);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        JsonNode report = submitted.json();
        assertThat(report.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(report.path("stationId").asText())
                .as("inherited from the county")
                .isEqualTo(station);
        assertThat(report.path("categoryCode").asText()).isEqualTo(category);
        assertThat(report.path("gridCellId").asText()).isEqualTo(cell);
        assertThat(report.path("submittedAt").asText()).isNotEmpty();
        String reportId = report.path("reportId").asText();

        assertThat(reports.accept(resolver, reportId).path("points").asInt()).isEqualTo(8);
        assertThat(reports.dispatch(resolver, reportId).path("status").asText()).isEqualTo("DISPATCHED");
        assertThat(reports.resolve(resolver, reportId, "FIXED").path("status").asText())
                .isEqualTo("RESOLVED");
        ApiResponse verified = reports.verify(verifier, reportId, "CONFIRMED");
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().path("status").asText()).isEqualTo("VERIFIED");
        assertThat(verified.json().path("pointsCredited").asInt()).isEqualTo(8);
        String entryId = verified.json().path("entryId").asText();
        assertThat(entryId).isEqualTo(ReportEntryIds.entryIdFor(reportId));
        assertThat(verified.json().has("rewardRefusal")).isFalse();

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode line = rewardLine(entryId);
            assertThat(line).as("the reward on the statement").isNotNull();
            assertThat(line.path("type").asText()).isEqualTo("PROBLEM_REPORT");
            assertThat(line.path("points").asLong()).isEqualTo(8);
            assertThat(line.path("reportId").asText()).isEqualTo(reportId);
            assertThat(line.path("stationId").asText()).isEqualTo(station);
            assertThat(line.path("occurredOn").asText()).isEqualTo(today().toString());
        });
        for (String ranking : List.of("governance", "all")) {
            await().atMost(WAIT)
                    .untilAsserted(
                            () -> assertThat(rankedPoints(ranking)).as(ranking).isEqualTo(8));
        }
        JsonNode read = reports.awaitStatus(reporter, reportId, "VERIFIED");
        assertThat(read.path("pointsCredited").asLong()).isEqualTo(8);
        assertThat(read.path("feedback").asText()).isEqualTo("cover replaced");
        assertThat(statuses(read)).containsSubsequence("SUBMITTED", "ACCEPTED", "DISPATCHED", "RESOLVED", "VERIFIED");

        ApiResponse again = reports.verify(reports.staff(station), reportId, "CONFIRMED");
        assertProblem(again, 409, "REPORT_STATE_CONFLICT", null);
        assertThat(rewardEntries())
                .as("one reward, however often it is verified")
                .isEqualTo(1);
    }

    @Test
    void rejectionAndDuplicatesEarnNothingAndTheOriginalShowsItsDuplicate() {
        String original = reports.submitted(reporter, card, category, cell);
        String rejected = reports.submitted(reporter, card, category, cell);
        String duplicate = reports.submitted(admin, card, category, cell);

        JsonNode rejection = reports.stepped(resolver, rejected, "rejection", "{\"reason\":\"not on public land\"}");
        assertThat(rejection.path("status").asText()).isEqualTo("REJECTED");
        JsonNode marked = reports.stepped(
                resolver, duplicate, "duplicate", "{\"ofReportId\":\"" + original + "\",\"note\":\"same cover\"}");
        assertThat(marked.path("status").asText()).isEqualTo("DUPLICATE");
        assertThat(marked.path("duplicateOf").asText()).isEqualTo(original);
        for (String ended : List.of(rejected, duplicate)) {
            assertProblem(reports.step(resolver, ended, "acceptance", "{}"), 409, "REPORT_STATE_CONFLICT", null);
        }
        assertProblem(
                reports.step(resolver, original, "duplicate", "{\"ofReportId\":\"" + original + "\"}"),
                422,
                "INVALID_DUPLICATE",
                "ofReportId");

        JsonNode read = reports.awaitStatus(reporter, rejected, "REJECTED");
        assertThat(read.toString()).contains("not on public land");
        reports.awaitStatus(admin, duplicate, "DUPLICATE");
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(reports.awaitStatus(admin, original, "SUBMITTED")
                                .toString())
                        .contains(duplicate));
        assertThat(rewardEntries()).isZero();
    }

    @Test
    void anUnknownOriginalRefusesTheDuplicateAndChangesNothing() {
        String report = reports.submitted(reporter, card, category, cell);
        String unknown = java.util.UUID.randomUUID().toString();
        assertProblem(
                reports.step(resolver, report, "duplicate", "{\"ofReportId\":\"" + unknown + "\"}"),
                404,
                "REPORT_NOT_FOUND",
                "ofReportId");
        assertThat(reports.accept(resolver, report).path("status").asText())
                .as("still SUBMITTED")
                .isEqualTo("ACCEPTED");
    }

    @Test
    void notFixedSendsItBackAndALaterConfirmationRewardsOnce() {
        String reportId = reports.submitted(reporter, card, category, cell);
        reports.resolved(resolver, reportId);
        ApiResponse notFixed = reports.verify(verifier, reportId, "NOT_FIXED");
        assertThat(notFixed.status()).as(notFixed.toString()).isEqualTo(200);
        assertThat(notFixed.json().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(notFixed.json().has("pointsCredited")).isFalse();

        ApiClient secondResolver = reports.staff(station);
        reports.dispatch(secondResolver, reportId);
        reports.resolve(secondResolver, reportId, "FIXED");
        assertProblem(reports.verify(secondResolver, reportId, "CONFIRMED"), 409, "VERIFIER_NOT_INDEPENDENT", null);
        ApiResponse confirmed = reports.verify(resolver, reportId, "CONFIRMED");
        assertThat(confirmed.status())
                .as("the first resolver did not resolve it this time: " + confirmed)
                .isEqualTo(200);
        assertThat(confirmed.json().path("pointsCredited").asInt()).isEqualTo(8);

        JsonNode read = reports.awaitStatus(admin, reportId, "VERIFIED");
        assertThat(statuses(read)).containsSubsequence("RESOLVED", "ACCEPTED", "DISPATCHED", "RESOLVED", "VERIFIED");
        await().atMost(WAIT).untilAsserted(() -> assertThat(rewardEntries()).isEqualTo(1));
    }

    @Test
    void theResolverAndTheReporterMayNotVerify() {
        String reportId = reports.submitted(verifier, card, category, cell);
        reports.resolved(resolver, reportId);
        assertProblem(reports.verify(resolver, reportId, "CONFIRMED"), 409, "VERIFIER_NOT_INDEPENDENT", null);
        assertProblem(
                reports.verify(verifier, reportId, "CONFIRMED"),
                409,
                "VERIFIER_NOT_INDEPENDENT",
                null); // verifier submitted it on the holder's behalf: a reporter
        assertThat(reports.verify(admin, reportId, "CONFIRMED").status()).isEqualTo(200);
    }

    @Test
    void aResolutionOfNoActionNeededPaysNothingWhenConfirmed() {
        String reportId = reports.submitted(reporter, card, category, cell);
        reports.accept(resolver, reportId);
        reports.resolve(resolver, reportId, "NO_ACTION_NEEDED");
        ApiResponse verified = reports.verify(verifier, reportId, "CONFIRMED");
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().path("status").asText()).isEqualTo("VERIFIED");
        assertThat(verified.json().path("pointsCredited").asInt()).isZero();
        assertThat(verified.json().has("entryId")).isFalse();
        reports.awaitStatus(admin, reportId, "VERIFIED");
        assertThat(rewardEntries()).isZero();
    }

    @Test
    void staffOfAnotherStationNeitherTriageNorReadAndVolunteersReadOnlyTheirOwn() {
        String reportId = reports.submitted(reporter, card, category, cell);
        ApiClient elsewhere = reports.staff(ledger.station());
        for (String step : List.of("acceptance", "rejection", "duplicate", "dispatch", "resolution", "verification")) {
            assertProblem(reports.step(elsewhere, reportId, step, body(step)), 403, "WRONG_STATION", null);
        }
        reports.awaitStatus(reporter, reportId, "SUBMITTED");
        assertProblem(elsewhere.get(ReportFixture.REPORTS + "/" + reportId), 403, "WRONG_STATION", null);
        ApiClient stranger = reports.volunteer(ledger.card(station));
        assertProblem(stranger.get(ReportFixture.REPORTS + "/" + reportId), 404, "REPORT_NOT_FOUND", null);
        assertProblem(reports.step(reporter, reportId, "acceptance", "{}"), 403, "FORBIDDEN", null);
        assertProblem(stranger.get("/api/v1/cards/" + card + "/reports"), 404, "CARD_NOT_FOUND", null);
        await().atMost(WAIT).untilAsserted(() -> {
            ApiResponse own = reporter.get("/api/v1/cards/" + card + "/reports");
            assertThat(own.status()).as(own.toString()).isEqualTo(200);
            assertThat(own.body()).contains(reportId);
        });
        assertThat(reports.auditor().get(ReportFixture.REPORTS + "/" + reportId).status())
                .isEqualTo(200);
    }

    @Test
    void theReporterReadsTheFeedbackButNotTheStaffsNames() {
        String reportId = reports.submitted(reporter, card, category, cell);
        reports.resolved(resolver, reportId);
        JsonNode asReporter = reports.awaitStatus(reporter, reportId, "RESOLVED");
        assertThat(asReporter.path("feedback").asText()).isEqualTo("cover replaced");
        List<String> names = new ArrayList<>();
        asReporter.path("timeline").forEach(line -> names.add(line.path("by").asText()));
        assertThat(names).contains("station staff").noneMatch(name -> name.startsWith("staff-"));
        JsonNode asStaff = reports.awaitStatus(verifier, reportId, "RESOLVED");
        List<String> staffNames = new ArrayList<>();
        asStaff.path("timeline").forEach(line -> staffNames.add(line.path("by").asText()));
        assertThat(staffNames).anyMatch(name -> name.startsWith("staff-"));
    }

    private static String body(String step) {
        return switch (step) {
            case "rejection" -> "{\"reason\":\"no\"}";
            case "duplicate" -> "{\"ofReportId\":\"" + java.util.UUID.randomUUID() + "\"}";
            case "dispatch" -> "{\"assignee\":\"team\"}";
            case "resolution" -> "{\"outcome\":\"FIXED\",\"feedback\":\"done\"}";
            case "verification" -> "{\"verdict\":\"CONFIRMED\"}";
            default -> "{}";
        };
    }

    private static List<String> statuses(JsonNode report) {
        List<String> statuses = new ArrayList<>();
        report.path("timeline").forEach(line -> statuses.add(line.path("status").asText()));
        return statuses;
    }

    private JsonNode rewardLine(String entryId) {
        for (JsonNode line :
                admin.get("/api/v1/cards/" + card + "/entries").json().path("entries")) {
            if (line.path("entryId").asText().equals(entryId)) {
                return line;
            }
        }
        return null;
    }

    private long rankedPoints(String category) {
        JsonNode ranking = admin.get("/api/v1/rankings?period=" + YearMonth.now(ZONE) + "&stationId=" + station
                        + "&category=" + category)
                .json();
        for (JsonNode entry : ranking.path("entries")) {
            if (entry.path("cardId").asText().equals(card)) {
                return entry.path("points").asLong();
            }
        }
        return 0;
    }

    /** The card's PROBLEM_REPORT events in the log. */
    private long rewardEntries() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?",
                Long.class,
                card,
                "%ProblemReportCredited");
    }
}
