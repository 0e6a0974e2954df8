package org.pointsbank.projections.grid;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.pointsbank.core.grid.api.GridCellAdded;
import org.pointsbank.core.grid.api.HandlingStationAssigned;
import org.pointsbank.projections.support.BatchedJdbc;
import org.pointsbank.projections.support.LongStatements;
import org.pointsbank.projections.support.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code grid_cell} (V15): a streaming read model, rebuilt by replay. The cell's own columns are written
 * by its addition; its station by the addition and every assignment, each only over a station written by an
 * earlier event of the cell (its sequence number), so the batch's statements give the same row in any order and
 * an event handled twice changes nothing.
 */
@Component
@ProcessingGroup(GridCellProjection.NAME)
public class GridCellProjection {

    public static final String NAME = "grid_cell";

    private static final String STATION = """
            INSERT INTO grid_cell (cell_id, station_id, station_seq) VALUES (?, ?, ?)
            ON CONFLICT (cell_id) DO UPDATE
               SET station_id = CASE WHEN EXCLUDED.station_seq > grid_cell.station_seq
                                     THEN EXCLUDED.station_id ELSE grid_cell.station_id END,
                   station_seq = GREATEST(EXCLUDED.station_seq, grid_cell.station_seq)""";

    private final JdbcTemplate jdbc;
    private final ProjectionWrites writes;
    private final LongStatements longStatements;

    public GridCellProjection(JdbcTemplate jdbc, ProjectionWrites writes, LongStatements longStatements) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.longStatements = longStatements;
    }

    @EventHandler
    void on(GridCellAdded e, @SequenceNumber long sequence) {
        batch().add("""
                INSERT INTO grid_cell (cell_id, name, level, parent_id, station_seq, added_at)
                VALUES (?, ?, ?, ?, -1, ?)
                ON CONFLICT (cell_id) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level,
                    parent_id = EXCLUDED.parent_id, added_at = EXCLUDED.added_at""", e.cellId(), e.name(), e.level().name(), e.parentId(), Timestamp.from(e.recordedAt()));
        batch().add(STATION, e.cellId(), e.stationId(), sequence);
    }

    @EventHandler
    void on(HandlingStationAssigned e, @SequenceNumber long sequence) {
        batch().add(STATION, e.cellId(), e.stationId(), sequence);
    }

    private BatchedJdbc batch() {
        return BatchedJdbc.of(writes, NAME);
    }

    /** A rebuild empties the table in one statement: past the role's statement limit on a large one. */
    @ResetHandler
    void reset() {
        longStatements.allowInThisTransaction();
        jdbc.update("DELETE FROM grid_cell");
    }
}
