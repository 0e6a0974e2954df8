package org.pointsbank.core.grid;

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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.pointsbank.core.grid.api.AddGridCell;
import org.pointsbank.core.grid.api.AssignHandlingStation;
import org.pointsbank.core.grid.api.DescribeGridCell;
import org.pointsbank.core.grid.api.GridCellAdded;
import org.pointsbank.core.grid.api.GridCellTerms;
import org.pointsbank.core.grid.api.GridLevel;
import org.pointsbank.core.grid.api.HandlingStationAssigned;
import org.pointsbank.core.shared.LedgerCalendar;
import org.pointsbank.core.shared.RuleKind;

/** A cell sits exactly one level below its parent; its handling station can change and is described on request. */
@DisplayName("GridCell")
class GridCellTest {

    private static final Instant NOW = Instant.parse("2026-11-03T02:00:00Z");
    private static final Instant EARLIER = NOW.minusSeconds(3_600);
    private static final GridCellAdded UNIT =
            new GridCellAdded("unit-7", "Unit 7", GridLevel.UNIT, "grid-3", null, EARLIER);

    private AggregateTestFixture<GridCell> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(GridCell.class);
        fixture.registerInjectableResource(new LedgerCalendar(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), 60));
    }

    @Nested
    @DisplayName("AddGridCell")
    class Add {

        @Test
        void addsACountyWithoutAParent() {
            fixture.givenNoPriorActivity()
                    .when(new AddGridCell("xihu", "Xihu County", GridLevel.COUNTY, null, null, "yungu"))
                    .expectEvents(new GridCellAdded("xihu", "Xihu County", GridLevel.COUNTY, null, "yungu", NOW));
        }

        /** Every level below the county, under a parent exactly one level up. */
        @ParameterizedTest(name = "a {0} under a {1}")
        @CsvSource({"STREET,COUNTY", "COMMUNITY,STREET", "GRID,COMMUNITY", "UNIT,GRID"})
        void addsACellUnderAParentOneLevelUp(GridLevel level, GridLevel parentLevel) {
            fixture.givenNoPriorActivity()
                    .when(new AddGridCell("c-1", "Cell", level, "p-1", parentLevel, null))
                    .expectEvents(new GridCellAdded("c-1", "Cell", level, "p-1", null, NOW));
        }

        @Test
        void refusesACountyWithAParent() {
            fixture.givenNoPriorActivity()
                    .when(new AddGridCell("xihu", "Xihu", GridLevel.COUNTY, "other", GridLevel.COUNTY, null))
                    .expectException(
                            allOf(hasCode("INVALID_GRID_CELL"), hasKind(RuleKind.RULE_REFUSED), hasField("parentId")))
                    .expectNoEvents();
        }

        @ParameterizedTest(name = "a {0} without a parent")
        @EnumSource(value = GridLevel.class, names = "COUNTY", mode = EnumSource.Mode.EXCLUDE)
        void refusesACellBelowTheCountyWithoutAParent(GridLevel level) {
            fixture.givenNoPriorActivity()
                    .when(new AddGridCell("c-1", "Cell", level, null, null, null))
                    .expectException(allOf(hasCode("INVALID_GRID_CELL"), hasField("parentId")))
                    .expectNoEvents();
        }

        /** Every wrong pairing of a level with its parent's: too high, too low, the same level. */
        @ParameterizedTest(name = "a {0} under a {1}")
        @CsvSource({
            "STREET,STREET", "STREET,COMMUNITY", "STREET,GRID", "STREET,UNIT",
            "COMMUNITY,COUNTY", "COMMUNITY,COMMUNITY", "COMMUNITY,GRID", "COMMUNITY,UNIT",
            "GRID,COUNTY", "GRID,STREET", "GRID,GRID", "GRID,UNIT",
            "UNIT,COUNTY", "UNIT,STREET", "UNIT,COMMUNITY", "UNIT,UNIT"
        })
        void refusesAParentThatIsNotExactlyOneLevelUp(GridLevel level, GridLevel parentLevel) {
            fixture.givenNoPriorActivity()
                    .when(new AddGridCell("c-1", "Cell", level, "p-1", parentLevel, null))
                    .expectException(allOf(hasCode("INVALID_GRID_CELL"), hasField("level")))
                    .expectExceptionMessage("the parent of a " + level + " must be a " + level.parentLevel()
                            + "; p-1 is " + parentLevel)
                    .expectNoEvents();
        }

        @Test
        void refusesAParentWhoseLevelIsUnknown() {
            fixture.givenNoPriorActivity()
                    .when(new AddGridCell("c-1", "Cell", GridLevel.UNIT, "p-1", null, null))
                    .expectException(allOf(hasCode("INVALID_GRID_CELL"), hasField("level")))
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("DescribeGridCell")
    class Describe {

        @Test
        void answersTheCellAsTheLogHasItAndRecordsNothing() {
            fixture.given(UNIT, new HandlingStationAssigned("unit-7", "yungu", null, EARLIER))
                    .when(new DescribeGridCell("unit-7"))
                    .expectNoEvents()
                    .expectResultMessagePayload(
                            new GridCellTerms("unit-7", "Unit 7", GridLevel.UNIT, "grid-3", "yungu"));
        }

        @Test
        void aCellWithoutAStationAnswersNoneSoTheCallerAsksItsParent() {
            fixture.given(UNIT)
                    .when(new DescribeGridCell("unit-7"))
                    .expectResultMessagePayload(new GridCellTerms("unit-7", "Unit 7", GridLevel.UNIT, "grid-3", null));
        }
    }

    @Nested
    @DisplayName("AssignHandlingStation")
    class Assign {

        @Test
        void namesTheStationAndRemembersThePreviousOne() {
            fixture.given(UNIT, new HandlingStationAssigned("unit-7", "yungu", null, EARLIER))
                    .when(new AssignHandlingStation("unit-7", "xixi"))
                    .expectEvents(new HandlingStationAssigned("unit-7", "xixi", "yungu", NOW));
        }

        @Test
        void noStationMakesTheCellInheritAgain() {
            fixture.given(UNIT, new HandlingStationAssigned("unit-7", "yungu", null, EARLIER))
                    .when(new AssignHandlingStation("unit-7", null))
                    .expectEvents(new HandlingStationAssigned("unit-7", null, "yungu", NOW));
        }

        @Test
        void theStationItNamesAlreadyChangesNothing() {
            fixture.given(UNIT, new HandlingStationAssigned("unit-7", "yungu", null, EARLIER))
                    .when(new AssignHandlingStation("unit-7", "yungu"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
            fixture.given(UNIT).when(new AssignHandlingStation("unit-7", null)).expectNoEvents();
        }
    }

    @Test
    void aCellRoundTripsThroughAJacksonSnapshot() {
        AtomicReference<GridCell> cell = new AtomicReference<>();
        fixture.given(UNIT, new HandlingStationAssigned("unit-7", "yungu", null, EARLIER))
                .when(new DescribeGridCell("unit-7"))
                .expectState(cell::set);
        Serializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper()
                        .registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
                .build();

        SerializedObject<String> snapshot = serializer.serialize(cell.get(), String.class);
        GridCell restored = serializer.deserialize(snapshot);

        assertThat(snapshot.getType().getRevision()).isEqualTo("1");
        assertThat(snapshot.getData()).contains("\"UNIT\"", "\"grid-3\"", "\"yungu\"");
        assertThat(restored).isNotSameAs(cell.get()).usingRecursiveComparison().isEqualTo(cell.get());
    }
}
