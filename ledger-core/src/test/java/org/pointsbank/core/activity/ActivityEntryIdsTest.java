package org.pointsbank.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.activity.api.ActivityEntryIds;

/** An attendee's entry id depends on the activity and the card only, so every retry names the same entry. */
class ActivityEntryIdsTest {

    @Test
    void theSameActivityAndCardAlwaysGiveTheSameEntryId() {
        assertThat(ActivityEntryIds.entryIdFor("act-1", "c1")).isEqualTo(ActivityEntryIds.entryIdFor("act-1", "c1"));
    }

    @Test
    void isTheNameBasedUuidOfActivityAndCard() {
        String expected = UUID.nameUUIDFromBytes("activity:act-1:c1".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        assertThat(ActivityEntryIds.entryIdFor("act-1", "c1")).isEqualTo(expected);
        assertThat(UUID.fromString(expected).version()).isEqualTo(3);
    }

    @Test
    void anotherCardOrAnotherActivityGivesAnotherEntryId() {
        assertThat(ActivityEntryIds.entryIdFor("act-1", "c1"))
                .isNotEqualTo(ActivityEntryIds.entryIdFor("act-1", "c2"))
                .isNotEqualTo(ActivityEntryIds.entryIdFor("act-2", "c1"));
    }
}
