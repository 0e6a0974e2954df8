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

/**
 * The audit trail names the activity and its station for every event of an activity, and the activity of every
 * credit its close sent; the card where one card is concerned.
 */
class ActivityAuditTrailIT extends IntegrationTest {

    @Test
    void everyActivityEventAndEveryCreditOfItsCloseNamesTheActivityAndTheStation() {
        LocalDate day = LocalDate.of(2115, 4, 9);
        clock.travelTo(day.atTime(LocalTime.of(8, 59)).atZone(ZONE).toInstant());
        String station = ledger.station();
        ApiClient staff = new ActivityDesk(admin).staffOf(station);
        String came = ledger.card(station);
        String absent = ledger.card(station);
        String id = planned(staff, station, "VOLUNTEER", day, "09:00", "10:00", null, false);
        assertThat(roster(staff, id, absent).status()).isEqualTo(200);
        assertThat(checkInCard(staff, id, came).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(61));
        assertThat(checkOutCard(staff, id, came).status()).isEqualTo(200);
        assertThat(ActivityDesk.close(staff, id, ActivityDesk.key()).status()).isEqualTo(200);

        long events = jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, id);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "SELECT event_type, station_id, activity_id, card_id FROM audit_entry"
                            + " WHERE aggregate_identifier = ? ORDER BY global_index",
                    id);
            assertThat(rows).hasSize((int) events);
            assertThat(rows)
                    .extracting(r -> r.get("event_type"))
                    .containsExactly(
                            "ActivityPlanned",
                            "RosterChanged",
                            "CheckedIn",
                            "CheckedOut",
                            "ActivityClosed",
                            "AttendeeCredited",
                            "ActivityCloseCompleted");
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.get("station_id")).isEqualTo(station);
                assertThat(r.get("activity_id")).isEqualTo(id);
            });
            assertThat(rows.get(2).get("card_id")).isEqualTo(came);
            Map<String, Object> credit = jdbc.queryForMap(
                    "SELECT station_id, activity_id, entry_id FROM audit_entry"
                            + " WHERE aggregate_identifier = ? AND event_type = 'VolunteerHoursCredited'",
                    came);
            assertThat(credit.get("activity_id")).isEqualTo(id);
            assertThat(credit.get("station_id")).isEqualTo(station);
        });
    }
}
