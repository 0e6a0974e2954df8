package org.pointsbank.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.core.activity.ActivityHistory.ACTIVITY;
import static org.pointsbank.core.activity.ActivityHistory.NOW;
import static org.pointsbank.core.activity.ActivityHistory.STATION;
import static org.pointsbank.core.activity.ActivityHistory.at;
import static org.pointsbank.core.activity.ActivityHistory.open;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.activity.api.ActivityEntryIds;
import org.pointsbank.core.activity.api.AttendeeOutcome;
import org.pointsbank.core.activity.api.CloseActivity;
import org.pointsbank.core.activity.api.RecordAttendeeOutcome;

/**
 * An activity written to a Jackson snapshot (a mapper configured as the service's storage mapper) and read back is
 * the same activity: every field survives, at revision 1, and the roster keeps the order the close lists it in.
 */
class ActivitySnapshotTest {

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build())
            .build();

    /** Closed with attendees c9 (scanned), c1 (paper), c5 (still checked in) and no-show c3; c9 credited. */
    private Activity aClosedActivityWithAnOutcome() {
        ActivityHistory history = open().rostered("c9", "c3")
                .checkedIn("c9", at(9, 0), false)
                .checkedOut("c9", at(9, 0), at(11, 0), 120)
                .onPaper("c1", 45, true)
                .checkedIn("c5", at(10, 0), true);
        AtomicReference<Activity> state = new AtomicReference<>();
        ActivityHistory.fixture()
                .given(history.events())
                .andGivenCommands(new CloseActivity(ACTIVITY, at(11, 30)))
                .when(new RecordAttendeeOutcome(
                        ACTIVITY,
                        "c9",
                        AttendeeOutcome.CREDITED,
                        ActivityEntryIds.entryIdFor(ACTIVITY, "c9"),
                        120,
                        20,
                        null))
                .expectSuccessfulHandlerExecution()
                .expectState(state::set);
        return state.get();
    }

    @Test
    void restoresEveryFieldOfAClosedActivity() {
        Activity activity = aClosedActivityWithAnOutcome();

        SerializedObject<String> snapshot = serializer.serialize(activity, String.class);
        Activity restored = serializer.deserialize(snapshot);

        assertThat(snapshot.getType().getName()).isEqualTo(Activity.class.getName());
        assertThat(snapshot.getType().getRevision()).isEqualTo("1");
        assertThat(snapshot.getData())
                .contains("\"" + ACTIVITY + "\"", "\"" + STATION + "\"", "\"startsAt\":\"2026-11-03T01:00:00Z\"")
                .contains("\"status\":\"CLOSED\"", "\"CREDITED\"")
                .doesNotContain(String.valueOf(NOW.getEpochSecond()));
        assertThat(activity)
                .extracting("attendees")
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsOnlyKeys("c9", "c1", "c5");
        assertThat(restored).isNotSameAs(activity).usingRecursiveComparison().isEqualTo(activity);
    }

    @Test
    void theRosterAndTheAttendeesKeepTheirOrder() {
        Activity restored = serializer.deserialize(serializer.serialize(aClosedActivityWithAnOutcome(), String.class));

        assertThat(restored)
                .extracting("roster")
                .asInstanceOf(InstanceOfAssertFactories.type(Map.class))
                .satisfies(roster -> assertThat(roster.keySet()).containsExactly("c9", "c3", "c1", "c5"));
        assertThat(restored)
                .extracting("attendees")
                .asInstanceOf(InstanceOfAssertFactories.type(Map.class))
                .satisfies(attendees -> assertThat(attendees.keySet()).containsExactly("c9", "c1", "c5"));
    }
}
