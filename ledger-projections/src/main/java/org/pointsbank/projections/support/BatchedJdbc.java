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
 * same rows run first), and each statement's rows in the order they were added. A row that
 * fails parks the events of its card, not the batch ({@link ProjectionWrites}).
 */
public final class BatchedJdbc {

    /** One statement's arguments. */
    public record Row(String sql, Object[] arguments) {}

    private static final BatchWriter<Row> WRITER = BatchedJdbc::write;

    private final BatchWrites<Row> writes;

    private BatchedJdbc(BatchWrites<Row> writes) {
        this.writes = writes;
    }

    /** The writes of the current unit of work's batch for the projection {@code name}. */
    public static BatchedJdbc of(ProjectionWrites writes, String name) {
        return new BatchedJdbc(writes.batch(name, WRITER));
    }

    public void add(String sql, Object... arguments) {
        writes.add(new Row(sql, arguments));
    }

    private static void write(JdbcTemplate jdbc, List<Row> rows) {
        Map<String, List<Object[]>> statements = new LinkedHashMap<>();
        rows.forEach(row ->
                statements.computeIfAbsent(row.sql(), s -> new ArrayList<>()).add(row.arguments()));
        statements.forEach(jdbc::batchUpdate);
    }
}
