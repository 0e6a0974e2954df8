package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;

/**
 * Credits recorded before activities existed carry no {@code activityId}: read with the storage mapper they are
 * credits by hand ({@code activityId} null), and a credit of an activity keeps its id through a write and a read.
 */
class CreditEventFormatTest {

    private final ObjectMapper storage = EventStorageConfig.storageObjectMapper();

    @Test
    void aVolunteerCreditStoredBeforeActivitiesReadsWithoutAnActivity() throws Exception {
        String stored = """
                {"cardId":"c1","entryId":"e1","stationId":"yungu","activity":"litter picking","minutes":95,\
                "occurredOn":"2026-11-02","points":15,"balanceAfter":15,"policyVersion":"v1",\
                "recordedAt":"2026-11-03T02:00:00Z"}""";

        VolunteerHoursCredited event = storage.readValue(stored, VolunteerHoursCredited.class);

        assertThat(event)
                .isEqualTo(new VolunteerHoursCredited(
                        "c1",
                        "e1",
                        "yungu",
                        "litter picking",
                        95,
                        LocalDate.of(2026, 11, 2),
                        15,
                        15,
                        "v1",
                        Instant.parse("2026-11-03T02:00:00Z"),
                        null));
    }

    @Test
    void aStudyCreditStoredBeforeActivitiesReadsWithoutAnActivity() throws Exception {
        String stored = """
                {"cardId":"c1","entryId":"s1","stationId":"yungu","topic":"civic study","minutes":60,\
                "occurredOn":"2026-11-02","points":10,"balanceAfter":25,"policyVersion":"v1",\
                "recordedAt":"2026-11-03T02:00:00Z"}""";

        StudySessionCredited event = storage.readValue(stored, StudySessionCredited.class);

        assertThat(event.activityId()).isNull();
        assertThat(event.topic()).isEqualTo("civic study");
        assertThat(event.balanceAfter()).isEqualTo(25);
    }

    @Test
    void aCreditOfAnActivityKeepsItsActivityId() throws Exception {
        VolunteerHoursCredited credit = new VolunteerHoursCredited(
                "c1",
                "e1",
                "yungu",
                "river clean-up",
                120,
                LocalDate.of(2026, 11, 3),
                20,
                20,
                "v1",
                Instant.parse("2026-11-03T04:00:00Z"),
                "act-1");

        String json = storage.writeValueAsString(credit);

        assertThat(json).contains("\"activityId\":\"act-1\"");
        assertThat(storage.readValue(json, VolunteerHoursCredited.class)).isEqualTo(credit);
    }
}
