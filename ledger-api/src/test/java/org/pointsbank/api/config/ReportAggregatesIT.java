package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.core.category.api.AddReportCategory;
import org.pointsbank.core.category.api.CategoryQuote;
import org.pointsbank.core.category.api.QuoteReportCategory;
import org.pointsbank.core.category.api.RetireReportCategory;
import org.pointsbank.core.grid.api.AddGridCell;
import org.pointsbank.core.grid.api.DescribeGridCell;
import org.pointsbank.core.grid.api.GridCellTerms;
import org.pointsbank.core.grid.api.GridLevel;
import org.pointsbank.core.policy.PointsPolicy;
import org.pointsbank.core.report.api.AcceptReport;
import org.pointsbank.core.report.api.AttachPhoto;
import org.pointsbank.core.report.api.ErasePhoto;
import org.pointsbank.core.report.api.ReportEntryIds;
import org.pointsbank.core.report.api.ResolutionOutcome;
import org.pointsbank.core.report.api.ResolveReport;
import org.pointsbank.core.report.api.RewardDue;
import org.pointsbank.core.report.api.SubmitReport;
import org.pointsbank.core.report.api.Verdict;
import org.pointsbank.core.report.api.VerifyReport;
import org.pointsbank.core.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The aggregates of problem reports are registered with the application's Axon (their commands reach them through
 * the command bus, with the ledger's calendar injected, and their answers come back to the sender), and their
 * refusals become the API's problem+json: {@code PHOTO_ERASED} is 410, the one kind of refusal that is neither 4xx
 * of the others. What the HTTP layer must map itself is shown too: an unknown cell is Axon's "not found".
 */
class ReportAggregatesIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    CommandGateway gateway;

    @Autowired
    @Qualifier("handlerExceptionResolver")
    HandlerExceptionResolver resolvers;

    @Autowired
    PointsPolicy policy;

    @Autowired
    PointsBankProperties properties;

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private JsonNode answered(Throwable refusal, int status) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        resolvers.resolveException(
                new MockHttpServletRequest("POST", "/api/v1/reports/any"), response, null, (Exception) refusal);
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        return JSON.readTree(response.getContentAsString());
    }

    @Test
    void aCellAddedUnderItsParentDescribesItselfAndAnUnknownCellIsNotFound() {
        String county = id("county");
        String street = id("street");
        gateway.sendAndWait(new AddGridCell(county, "Xihu", GridLevel.COUNTY, null, null, "yungu"));
        gateway.sendAndWait(new AddGridCell(street, "Wen'er", GridLevel.STREET, county, GridLevel.COUNTY, null));

        GridCellTerms terms = gateway.sendAndWait(new DescribeGridCell(street));

        assertThat(terms).isEqualTo(new GridCellTerms(street, "Wen'er", GridLevel.STREET, county, null));
        assertThat(catchThrowable(() -> gateway.sendAndWait(new DescribeGridCell(id("nowhere")))))
                .isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void aRetiredCategoryIsRefusedForANewReportAs422() throws Exception {
        String code = id("drain");
        gateway.sendAndWait(new AddReportCategory(code, "Drain cover", 20, null));
        gateway.sendAndWait(new RetireReportCategory(code));

        Throwable refusal = catchThrowable(() -> gateway.sendAndWait(new QuoteReportCategory(code, true)));
        CategoryQuote forAcceptance = gateway.sendAndWait(new QuoteReportCategory(code, false));

        assertThat(refusal).isInstanceOf(RuleViolation.class);
        JsonNode problem = answered(refusal, 422);
        assertThat(problem.get("code").asText()).isEqualTo("CATEGORY_RETIRED");
        assertThat(forAcceptance).isEqualTo(new CategoryQuote(code, "Drain cover", 20, true));
    }

    @Test
    void aConfirmedReportAnswersItsRewardAndASecondErasureIsGone() throws Exception {
        String report = id("report");
        String card = id("card");
        gateway.sendAndWait(new SubmitReport(report, card, "drain", "unit", "yungu", "broken", null, null, "vol"));
        gateway.sendAndWait(new AcceptReport(report, 20, null, "staff-a"));
        gateway.sendAndWait(new ResolveReport(report, ResolutionOutcome.FIXED, "fixed", "staff-a"));
        gateway.sendAndWait(new AttachPhoto(report, "p-1", "ab".repeat(32), "image/png", 10, "vol"));

        RewardDue due = gateway.sendAndWait(new VerifyReport(report, Verdict.CONFIRMED, null, "staff-b", null));
        gateway.sendAndWait(new ErasePhoto(report, "p-1", "a face", "admin"));
        Throwable again = catchThrowable(() -> gateway.sendAndWait(new ErasePhoto(report, "p-1", null, "admin")));

        assertThat(due).isEqualTo(new RewardDue(report, card, ReportEntryIds.entryIdFor(report), "yungu", "drain", 20));
        JsonNode problem = answered(again, 410);
        assertThat(problem.get("code").asText()).isEqualTo("PHOTO_ERASED");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("photoId");
    }

    /** The card asks the policy, and the policy has the service's setting (5 unless configured). */
    @Test
    void thePolicysDailyCapOfRewardedReportsIsTheSetting() {
        assertThat(properties.policy().maxRewardedReportsPerDay()).isEqualTo(5);
        assertThat(policy.maxRewardedReportsPerDay())
                .isEqualTo(properties.policy().maxRewardedReportsPerDay());
    }
}
