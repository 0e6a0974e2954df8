package org.pointsbank.core.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasField;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasKind;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pointsbank.core.category.api.AddReportCategory;
import org.pointsbank.core.category.api.CategoryQuote;
import org.pointsbank.core.category.api.ChangeReportCategoryPoints;
import org.pointsbank.core.category.api.QuoteReportCategory;
import org.pointsbank.core.category.api.ReportCategoryAdded;
import org.pointsbank.core.category.api.ReportCategoryPointsChanged;
import org.pointsbank.core.category.api.ReportCategoryRetired;
import org.pointsbank.core.category.api.RetireReportCategory;
import org.pointsbank.core.shared.LedgerCalendar;
import org.pointsbank.core.shared.RuleKind;

/** The catalogue: points 0–100, changed for later acceptances, and a retirement that closes it to new reports. */
@DisplayName("ReportCategory")
class ReportCategoryTest {

    private static final Instant NOW = Instant.parse("2026-11-03T02:00:00Z");
    private static final Instant EARLIER = NOW.minusSeconds(3_600);
    private static final String CODE = "drain-cover";
    private static final ReportCategoryAdded ADDED =
            new ReportCategoryAdded(CODE, "Drain cover", 20, "broken or missing", EARLIER);
    private static final ReportCategoryRetired RETIRED = new ReportCategoryRetired(CODE, EARLIER);

    private AggregateTestFixture<ReportCategory> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReportCategory.class);
        fixture.registerInjectableResource(new LedgerCalendar(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), 60));
    }

    @Nested
    @DisplayName("AddReportCategory")
    class Add {

        @ParameterizedTest(name = "{0} points")
        @ValueSource(ints = {0, 1, 20, 100})
        void addsACategoryOfZeroToAHundredPoints(int points) {
            fixture.givenNoPriorActivity()
                    .when(new AddReportCategory(CODE, "Drain cover", points, null))
                    .expectEvents(new ReportCategoryAdded(CODE, "Drain cover", points, null, NOW));
        }

        @ParameterizedTest(name = "{0} points")
        @ValueSource(ints = {-1, 101, Integer.MAX_VALUE, Integer.MIN_VALUE})
        void refusesPointsOutsideZeroToAHundred(int points) {
            fixture.givenNoPriorActivity()
                    .when(new AddReportCategory(CODE, "Drain cover", points, null))
                    .expectException(allOf(
                            hasCode("INVALID_CATEGORY_TERMS"), hasKind(RuleKind.RULE_REFUSED), hasField("points")))
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("ChangeReportCategoryPoints")
    class ChangePoints {

        @Test
        void recordsTheNewAndThePreviousPoints() {
            fixture.given(ADDED)
                    .when(new ChangeReportCategoryPoints(CODE, 30))
                    .expectEvents(new ReportCategoryPointsChanged(CODE, 30, 20, NOW));
        }

        @Test
        void isAllowedOnceRetiredAsItReachesOnlyLaterAcceptances() {
            fixture.given(ADDED, RETIRED)
                    .when(new ChangeReportCategoryPoints(CODE, 5))
                    .expectEvents(new ReportCategoryPointsChanged(CODE, 5, 20, NOW));
        }

        @Test
        void theSamePointsChangeNothing() {
            fixture.given(ADDED)
                    .when(new ChangeReportCategoryPoints(CODE, 20))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @ParameterizedTest(name = "{0} points")
        @ValueSource(ints = {-1, 101})
        void refusesPointsOutsideZeroToAHundred(int points) {
            fixture.given(ADDED)
                    .when(new ChangeReportCategoryPoints(CODE, points))
                    .expectException(allOf(hasCode("INVALID_CATEGORY_TERMS"), hasField("points")))
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("RetireReportCategory")
    class Retire {

        @Test
        void retiresTheCategory() {
            fixture.given(ADDED)
                    .when(new RetireReportCategory(CODE))
                    .expectEvents(new ReportCategoryRetired(CODE, NOW));
        }

        @Test
        void refusesASecondRetirement() {
            fixture.given(ADDED, RETIRED)
                    .when(new RetireReportCategory(CODE))
                    .expectException(allOf(hasCode("CATEGORY_RETIRED"), hasKind(RuleKind.RULE_REFUSED)))
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("QuoteReportCategory")
    class Quote {

        @Test
        void answersTheCurrentPointsForANewReportAndRecordsNothing() {
            fixture.given(ADDED, new ReportCategoryPointsChanged(CODE, 30, 20, EARLIER))
                    .when(new QuoteReportCategory(CODE, true))
                    .expectNoEvents()
                    .expectResultMessagePayload(new CategoryQuote(CODE, "Drain cover", 30, false));
        }

        @Test
        void refusesANewReportOfARetiredCategory() {
            fixture.given(ADDED, RETIRED)
                    .when(new QuoteReportCategory(CODE, true))
                    .expectException(allOf(
                            hasCode("CATEGORY_RETIRED"), hasKind(RuleKind.RULE_REFUSED), hasField("categoryCode")))
                    .expectNoEvents();
        }

        @Test
        void stillAnswersARetiredCategorysPointsForAnAcceptance() {
            fixture.given(ADDED, RETIRED)
                    .when(new QuoteReportCategory(CODE, false))
                    .expectNoEvents()
                    .expectResultMessagePayload(new CategoryQuote(CODE, "Drain cover", 20, true));
        }
    }

    @Test
    void aCategoryRoundTripsThroughAJacksonSnapshot() {
        AtomicReference<ReportCategory> category = new AtomicReference<>();
        fixture.given(ADDED, RETIRED).when(new QuoteReportCategory(CODE, false)).expectState(category::set);
        Serializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper()
                        .registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
                .build();

        SerializedObject<String> snapshot = serializer.serialize(category.get(), String.class);
        ReportCategory restored = serializer.deserialize(snapshot);

        assertThat(snapshot.getType().getRevision()).isEqualTo("1");
        assertThat(snapshot.getData()).contains("\"retired\":true", "\"points\":20");
        assertThat(restored)
                .isNotSameAs(category.get())
                .usingRecursiveComparison()
                .isEqualTo(category.get());
    }
}
