package org.pointsbank.projections.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection's writes for one processor batch, sent as one JDBC batch per statement just
 * before the batch commits with its token, instead of one round trip per event. Statements
 * run in the order each was first used in the batch (so inserts queued before updates of the
 * same rows run first), and each statement's rows in the order they were added.
 */
public final class BatchedJdbc {

    private final Map<String, List<Object[]>> statements = new LinkedHashMap<>();

    private BatchedJdbc() {
    }

    /** The writes of the current unit of work's batch for the projection {@code name}. */
    public static BatchedJdbc of(JdbcTemplate jdbc, String name) {
        return PerBatch.of(BatchedJdbc.class.getName() + "." + name, BatchedJdbc::new, batch -> batch.flush(jdbc));
    }

    public void add(String sql, Object... arguments) {
        statements.computeIfAbsent(sql, s -> new ArrayList<>()).add(arguments);
    }

    private void flush(JdbcTemplate jdbc) {
        statements.forEach(jdbc::batchUpdate);
        statements.clear();
    }
}
