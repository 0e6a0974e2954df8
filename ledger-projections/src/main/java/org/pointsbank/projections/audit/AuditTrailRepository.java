package org.pointsbank.projections.audit;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads the audit trail in log order, each event with its hash-chain link. */
@Repository
public class AuditTrailRepository {

    private static final RowMapper<AuditEntry> ROW = (rs, n) -> new AuditEntry(
            rs.getLong("global_index"),
            rs.getString("event_identifier"),
            rs.getString("event_type"),
            rs.getString("aggregate_identifier"),
            rs.getString("card_id"),
            rs.getString("station_id"),
            rs.getString("entry_id"),
            rs.getString("actor"),
            rs.getTimestamp("recorded_at").toInstant(),
            rs.getString("idempotency_key"),
            rs.getString("correlation_id"),
            (Long) rs.getObject("points"),
            rs.getString("policy_version"),
            rs.getString("link"),
            rs.getString("activity_id"),
            rs.getString("report_id"),
            rs.getString("category_code"),
            rs.getString("grid_cell_id"));

    private final JdbcTemplate jdbc;

    public AuditTrailRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Events after log position {@code after}, oldest first, at most {@code limit}. */
    public List<AuditEntry> page(long after, int limit) {
        return jdbc.query("""
                SELECT a.*, c.link FROM audit_entry a LEFT JOIN event_hash_chain c ON c.global_index = a.global_index
                 WHERE a.global_index > ? ORDER BY a.global_index LIMIT ?""", ROW, after, limit);
    }
}
