package org.pointsbank.projections.category;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.pointsbank.core.category.api.ReportCategoryAdded;
import org.pointsbank.core.category.api.ReportCategoryPointsChanged;
import org.pointsbank.core.category.api.ReportCategoryRetired;
import org.pointsbank.projections.support.BatchedJdbc;
import org.pointsbank.projections.support.LongStatements;
import org.pointsbank.projections.support.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code report_category} (V15): a streaming read model, rebuilt by replay. The points are written by the
 * addition and every change, each only over points an earlier event of the category wrote (its sequence number);
 * every other column by one kind of event. Upserts throughout: any statement order, any event twice, same row.
 */
@Component
@ProcessingGroup(ReportCategoryProjection.NAME)
public class ReportCategoryProjection {

    public static final String NAME = "report_category";

    private static final String POINTS = """
            INSERT INTO report_category (code, points, points_seq) VALUES (?, ?, ?)
            ON CONFLICT (code) DO UPDATE
               SET points = CASE WHEN EXCLUDED.points_seq > report_category.points_seq
                                 THEN EXCLUDED.points ELSE report_category.points END,
                   points_seq = GREATEST(EXCLUDED.points_seq, report_category.points_seq)""";

    private final JdbcTemplate jdbc;
    private final ProjectionWrites writes;
    private final LongStatements longStatements;

    public ReportCategoryProjection(JdbcTemplate jdbc, ProjectionWrites writes, LongStatements longStatements) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.longStatements = longStatements;
    }

    @EventHandler
    void on(ReportCategoryAdded e, @SequenceNumber long sequence) {
        batch().add("""
                INSERT INTO report_category (code, name, description, points_seq, added_at) VALUES (?, ?, ?, -1, ?)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description,
                    added_at = EXCLUDED.added_at""", e.code(), e.name(), e.description(), Timestamp.from(e.recordedAt()));
        batch().add(POINTS, e.code(), e.points(), sequence);
    }

    @EventHandler
    void on(ReportCategoryPointsChanged e, @SequenceNumber long sequence) {
        batch().add(POINTS, e.code(), e.points(), sequence);
    }

    @EventHandler
    void on(ReportCategoryRetired e) {
        batch().add("""
                INSERT INTO report_category (code, points_seq, retired, retired_at) VALUES (?, -1, TRUE, ?)
                ON CONFLICT (code) DO UPDATE SET retired = TRUE, retired_at = EXCLUDED.retired_at""", e.code(), Timestamp.from(e.recordedAt()));
    }

    private BatchedJdbc batch() {
        return BatchedJdbc.of(writes, NAME);
    }

    /** A rebuild empties the table in one statement: past the role's statement limit on a large one. */
    @ResetHandler
    void reset() {
        longStatements.allowInThisTransaction();
        jdbc.update("DELETE FROM report_category");
    }
}
