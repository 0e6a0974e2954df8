package org.pointsbank.projections.station;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Reads {@code station}. */
@Repository
public class StationRepository {

    private static final RowMapper<StationRow> ROW = (rs, n) -> new StationRow(
            rs.getString("station_id"),
            rs.getString("name"),
            rs.getTimestamp("registered_at").toInstant());

    private final JdbcTemplate jdbc;
    /**
     * Stations known to exist. A station is never removed from the ledger, so a positive answer stays true;
     * every credit asks, and this spares it a round trip. Only stations found in the table enter it, so it is
     * as large as the city's stations.
     */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public StationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String stationId) {
        if (known.contains(stationId)) {
            return true;
        }
        boolean exists = Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM station WHERE station_id = ?)", Boolean.class, stationId));
        if (exists) {
            remember(stationId);
        }
        return exists;
    }

    /** Once it is certain the row was committed: a station seen inside a transaction may be its own, undone. */
    private void remember(String stationId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    known.add(stationId);
                }
            });
        } else {
            known.add(stationId);
        }
    }

    public Optional<StationRow> find(String stationId) {
        return jdbc.query("SELECT * FROM station WHERE station_id = ?", ROW, stationId).stream()
                .findFirst();
    }

    public List<StationRow> findAll() {
        return jdbc.query("SELECT * FROM station ORDER BY station_id", ROW);
    }
}
