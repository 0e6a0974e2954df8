package org.pointsbank.projections.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.grid.api.GridCellAdded;
import org.pointsbank.core.grid.api.GridLevel;
import org.pointsbank.core.grid.api.HandlingStationAssigned;
import org.pointsbank.projections.testing.ProjectionTest;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code grid_cell}: the tree, its subtrees and inherited stations, however the batches fall and on replay. */
class GridCellProjectionTest extends ProjectionTest {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    private GridCellProjection projection;
    private GridCellRepository cells;
    private final List<DomainEventMessage<?>> history = new ArrayList<>();

    @BeforeEach
    void aSmallGrid() {
        projection = new GridCellProjection(jdbc, writes, longStatements);
        cells = new GridCellRepository(jdbc);
        added("county", null, GridLevel.COUNTY, "station-a");
        added("street-1", "county", GridLevel.STREET, null);
        added("street-2", "county", GridLevel.STREET, "station-b");
        added("community-1", "street-1", GridLevel.COMMUNITY, null);
        added("community-2", "street-2", GridLevel.COMMUNITY, null);
        added("grid-1", "community-1", GridLevel.GRID, null);
        history.add(event("GridCell", "street-1", 1, new HandlingStationAssigned("street-1", "station-c", null, AT)));
        history.add(event("GridCell", "street-1", 2, new HandlingStationAssigned("street-1", null, "station-c", AT)));
        history.add(event("GridCell", "street-2", 1, new HandlingStationAssigned("street-2", "station-d", "b", AT)));
    }

    private void added(String id, String parent, GridLevel level, String station) {
        history.add(event("GridCell", id, 0, new GridCellAdded(id, "Cell " + id, level, parent, station, AT)));
    }

    @Test
    void cellsAreListedUnderTheirParentsWithTheStationTheyNameAndTheOneThatHandlesThem() {
        inOneBatch(projection, history);

        assertThat(cells.children(null)).extracting(GridCell::cellId).containsExactly("county");
        assertThat(cells.children("county"))
                .containsExactly(
                        new GridCell("street-1", "Cell street-1", "STREET", "county", null, AT),
                        new GridCell("street-2", "Cell street-2", "STREET", "county", "station-d", AT));
        assertThat(cells.subtree("street-1")).containsExactly("community-1", "grid-1", "street-1");
        assertThat(cells.subtree("county")).hasSize(6);
        assertThat(cells.subtree("nowhere")).isEmpty();
        // street-1 named station-c, then gave it back: its cells inherit the county's again
        assertThat(cells.handlingStation("grid-1")).contains("station-a");
        assertThat(cells.handlingStation("community-2")).contains("station-d");
        assertThat(cells.handlingStation("nowhere")).isEmpty();
        assertThat(cells.find("grid-1")).map(GridCell::level).contains("GRID");
    }

    @Test
    void anAssignmentHandledInABatchBeforeTheAdditionOfItsCellStillWins() {
        inOneBatch(projection, history.get(6), history.get(8)); // assignments first
        inOneBatch(projection, history);

        assertThat(cells.find("street-2")).map(GridCell::stationId).contains("station-d");
        assertThat(cells.find("street-1")).map(GridCell::stationId).isEmpty();
        assertThat(parking.parked()).isEmpty();
    }

    @Test
    void replayingTheLogAfterAResetGivesTheRowsTheLiveBatchesGave() {
        for (int from = 0; from < history.size(); from += 2) {
            inOneBatch(projection, history.subList(from, Math.min(from + 2, history.size())));
        }
        List<Map<String, Object>> live = dump();

        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> new AnnotationEventHandlerAdapter(projection).prepareReset());
        assertThat(dump()).isEmpty();
        inOneBatch(projection, List.<EventMessage<?>>copyOf(history));

        assertThat(dump()).isEqualTo(live).hasSize(6);
    }

    private List<Map<String, Object>> dump() {
        return jdbc.queryForList("SELECT * FROM grid_cell ORDER BY cell_id");
    }
}
