package org.pointsbank.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The most recent ids, oldest evicted, an array in JSON as the unbounded set before it. */
class RecentIdsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void addingBeyondTheBoundEvictsTheOldest() {
        RecentIds ids = RecentIds.NONE;
        for (int i = 0; i <= RecentIds.KEPT; i++) {
            ids = ids.plus("id-" + i);
        }

        assertThat(ids.ids()).hasSize(RecentIds.KEPT);
        assertThat(ids.contains("id-0")).isFalse();
        assertThat(ids.contains("id-1")).isTrue();
        assertThat(ids.contains("id-" + RecentIds.KEPT)).isTrue();
    }

    @Test
    void anIdAddedAgainBecomesTheMostRecent() {
        RecentIds ids = RecentIds.NONE.plus("a").plus("b").plus("a");

        assertThat(ids.ids()).containsExactly("b", "a");
    }

    @Test
    void isWrittenAndReadAsAnArrayOldestFirst() throws Exception {
        RecentIds ids = RecentIds.NONE.plus("b").plus("a");

        assertThat(json.writeValueAsString(ids)).isEqualTo("[\"b\",\"a\"]");
        assertThat(json.readValue("[\"b\",\"a\"]", RecentIds.class)).isEqualTo(ids);
    }

    @Test
    void anOlderUnboundedSnapshotIsReadToTheBound() throws Exception {
        List<String> many =
                IntStream.range(0, RecentIds.KEPT + 10).mapToObj(i -> "r" + i).toList();

        RecentIds read = json.readValue(json.writeValueAsString(many), RecentIds.class);

        assertThat(read.ids()).hasSize(RecentIds.KEPT).startsWith("r10");
    }
}
