package org.pointsbank.api.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pointsbank.api.activity.ActivityDesk.checkInCard;
import static org.pointsbank.api.activity.ActivityDesk.checkOutCard;
import static org.pointsbank.api.activity.ActivityDesk.planned;
import static org.pointsbank.api.activity.ActivityDesk.roster;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.projection.Projections;
import org.pointsbank.projections.activity.ActivityDirectoryProjection;
import org.pointsbank.projections.activity.ActivityProjection;
import org.springframework.beans.factory.annotation.Autowired;

/** The activity read model is disposable: rebuilt from the log, its two tables come out identical. */
class ActivityReplayIT extends IntegrationTest {

    private static final String ACTIVITIES = "SELECT * FROM activity ORDER BY activity_id";
    private static final String ROSTERS = "SELECT * FROM activity_roster ORDER BY activity_id, card_id";

    @Autowired
    private Projections projections;

    @Test
    void rebuildingTheActivityReadModelFromTheLogGivesIdenticalTables() {
        LocalDate day = LocalDate.of(2115, 4, 2);
        clock.travelTo(day.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant());
        String station = ledger.station();
        ApiClient staff = new ActivityDesk(admin).staffOf(station);
        String came = ledger.card(station);
        String absent = ledger.card(station);
        String closed = planned(staff, station, "VOLUNTEER", day, "09:00", "10:00", 5, false);
        assertThat(roster(staff, closed, came, absent).status()).isEqualTo(200);
        assertThat(checkInCard(staff, closed, came).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(45));
        assertThat(checkOutCard(staff, closed, came).status()).isEqualTo(200);
        assertThat(ActivityDesk.close(staff, closed, ActivityDesk.key()).status())
                .isEqualTo(200);
        String open = planned(staff, station, "STUDY", day, "13:00", "15:00", null, true);
        assertThat(checkInCard(staff, open, came).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "SELECT outcome FROM activity_roster WHERE activity_id = ? ORDER BY outcome",
                                String.class,
                                closed))
                        .containsExactly("CREDITED", "NO_SHOW"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "SELECT count(*) FROM activity_roster WHERE activity_id = ?", Integer.class, open))
                        .isEqualTo(1));
        List<Map<String, Object>> activities = jdbc.queryForList(ACTIVITIES);
        List<Map<String, Object>> rosters = jdbc.queryForList(ROSTERS);

        projections.rebuild(ActivityProjection.NAME);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(projections.isRebuilding(ActivityProjection.NAME)).isFalse();
            assertThat(jdbc.queryForList(ACTIVITIES)).isEqualTo(activities);
            assertThat(jdbc.queryForList(ROSTERS)).isEqualTo(rosters);
        });
        assertThat(projections.status(ActivityProjection.NAME).rebuildFailure()).isNull();
    }

    /** The directory that authorises every request about an activity, kept in the recording transaction. */
    @Test
    void rebuildingTheActivityDirectoryGivesAnIdenticalTable() {
        clock.travelTo(
                LocalDate.of(2115, 5, 1).atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant());
        String station = ledger.station();
        ApiClient staff = new ActivityDesk(admin).staffOf(station);
        planned(staff, station, "VOLUNTEER", LocalDate.of(2115, 5, 2), "09:00", "10:00", 5, false);
        String directory = "SELECT * FROM activity_directory ORDER BY activity_id";
        List<Map<String, Object>> before = jdbc.queryForList(directory);
        assertThat(before).isNotEmpty();

        projections.rebuild(ActivityDirectoryProjection.NAME);

        await().atMost(Duration.ofSeconds(60)).until(() -> !projections.isRebuilding(ActivityDirectoryProjection.NAME));
        assertThat(projections.status(ActivityDirectoryProjection.NAME).rebuildFailure())
                .isNull();
        assertThat(jdbc.queryForList(directory)).isEqualTo(before);
    }
}
