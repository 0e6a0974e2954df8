package org.pointsbank.projections.grid;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads {@code grid_cell}: a cell, a cell's children, a subtree, and the station that handles a cell. */
@Repository
public class GridCellRepository {

    private static final String CELLS = "SELECT * FROM grid_cell WHERE added_at IS NOT NULL";

    private static final RowMapper<GridCell> ROW = (rs, n) -> {
        Timestamp added = rs.getTimestamp("added_at");
        return new GridCell(
                rs.getString("cell_id"),
                rs.getString("name"),
                rs.getString("level"),
                rs.getString("parent_id"),
                rs.getString("station_id"),
                added == null ? null : added.toInstant());
    };

    private final JdbcTemplate jdbc;

    public GridCellRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<GridCell> find(String cellId) {
        return jdbc.query(CELLS + " AND cell_id = ?", ROW, cellId).stream().findFirst();
    }

    /** The cells whose parent is {@code parentId}, by id; {@code null}: the counties. */
    public List<GridCell> children(String parentId) {
        return parentId == null
                ? jdbc.query(CELLS + " AND parent_id IS NULL ORDER BY cell_id", ROW)
                : jdbc.query(CELLS + " AND parent_id = ? ORDER BY cell_id", ROW, parentId);
    }

    /** The ids of {@code cellId} and of every cell below it, by id; empty for an unknown cell. */
    public List<String> subtree(String cellId) {
        return jdbc.queryForList("""
                WITH RECURSIVE below (cell_id, depth) AS (
                    SELECT cell_id, 0 FROM grid_cell WHERE cell_id = ? AND added_at IS NOT NULL
                    UNION ALL
                    SELECT c.cell_id, b.depth + 1 FROM grid_cell c JOIN below b ON c.parent_id = b.cell_id
                     WHERE b.depth < 8 AND c.added_at IS NOT NULL)
                SELECT cell_id FROM below ORDER BY cell_id""", String.class, cellId);
    }

    /**
     * The station that handles reports in the cell: its own, else the nearest ancestor's; empty when none on the
     * way up names one, or the cell is unknown. (Submission asks the aggregates; this is what the read side shows.)
     */
    public Optional<String> handlingStation(String cellId) {
        return jdbc.queryForList("""
                WITH RECURSIVE up (cell_id, parent_id, station_id, depth) AS (
                    SELECT cell_id, parent_id, station_id, 0 FROM grid_cell WHERE cell_id = ?
                    UNION ALL
                    SELECT c.cell_id, c.parent_id, c.station_id, u.depth + 1
                      FROM grid_cell c JOIN up u ON c.cell_id = u.parent_id
                     WHERE u.station_id IS NULL AND u.depth < 8)
                SELECT station_id FROM up WHERE station_id IS NOT NULL ORDER BY depth LIMIT 1""", String.class, cellId).stream().findFirst();
    }
}
