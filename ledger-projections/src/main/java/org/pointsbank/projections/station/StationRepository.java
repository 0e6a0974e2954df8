package org.pointsbank.projections.station;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads {@code station}. */
@Repository
public class StationRepository {

    private static final RowMapper<StationRow> ROW = (rs, n) -> new StationRow(
            rs.getString("station_id"), rs.getString("name"), rs.getTimestamp("registered_at").toInstant());

    private final JdbcTemplate jdbc;

    public StationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String stationId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM station WHERE station_id = ?)", Boolean.class, stationId));
    }

    public Optional<StationRow> find(String stationId) {
        return jdbc.query("SELECT * FROM station WHERE station_id = ?", ROW, stationId).stream().findFirst();
    }

    public List<StationRow> findAll() {
        return jdbc.query("SELECT * FROM station ORDER BY station_id", ROW);
    }
}
