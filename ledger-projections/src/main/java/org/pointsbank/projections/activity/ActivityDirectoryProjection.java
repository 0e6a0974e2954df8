package org.pointsbank.projections.activity;

import java.sql.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.pointsbank.core.activity.api.ActivityPlanned;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code activity_directory}. Subscribing, in the recording transaction: every request about an activity
 * is authorised by its station, and the close process credits with its kind, title and date, so an activity is
 * here the moment it is planned.
 */
@Component
@ProcessingGroup(ActivityDirectoryProjection.NAME)
public class ActivityDirectoryProjection {

    public static final String NAME = "activity_directory";

    private final JdbcTemplate jdbc;

    public ActivityDirectoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ActivityPlanned e) {
        jdbc.update(
                """
                INSERT INTO activity_directory (activity_id, station_id, kind, title, activity_date, self_check_in)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                e.activityId(),
                e.stationId(),
                e.kind().name(),
                e.title(),
                Date.valueOf(e.date()),
                e.selfCheckIn());
    }
}
