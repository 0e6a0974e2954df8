package org.pointsbank.projections.activity;

import java.util.Optional;
import org.pointsbank.core.activity.api.ActivityKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code activity_directory}: an activity's station and terms, never behind the log. */
@Repository
public class ActivityDirectory {

    private final JdbcTemplate jdbc;

    public ActivityDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ActivityTerms> find(String activityId) {
        return jdbc
                .query(
                        "SELECT * FROM activity_directory WHERE activity_id = ?",
                        (rs, n) -> new ActivityTerms(
                                rs.getString("activity_id"),
                                rs.getString("station_id"),
                                ActivityKind.valueOf(rs.getString("kind")),
                                rs.getString("title"),
                                rs.getDate("activity_date").toLocalDate(),
                                rs.getBoolean("self_check_in")),
                        activityId)
                .stream()
                .findFirst();
    }

    public Optional<String> stationOf(String activityId) {
        return find(activityId).map(ActivityTerms::stationId);
    }
}
