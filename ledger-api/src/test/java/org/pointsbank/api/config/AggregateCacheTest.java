package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

/** One bounded cache, one view per aggregate type: an id cached for one type is never another type's. */
class AggregateCacheTest {

    private final AggregateCache shared = new AggregateCache(100, Duration.ofHours(1));
    private final Cache cards = shared.of(String.class);
    private final Cache gifts = shared.of(Integer.class);

    @Test
    void theSameIdUnderTwoTypesIsTwoEntries() {
        cards.put("id-1", "a card");
        assertThat(gifts.<String, Object>get("id-1")).isNull();
        assertThat(gifts.containsKey("id-1")).isFalse();
        gifts.put("id-1", "a gift");
        assertThat(cards.<String, Object>get("id-1")).isEqualTo("a card");
        assertThat(gifts.<String, Object>get("id-1")).isEqualTo("a gift");
        assertThat(shared.of(String.class)).isSameAs(cards);
    }

    @Test
    void removingFromOneTypeLeavesTheOthers() {
        cards.put("id-1", "a card");
        gifts.put("id-1", "a gift");
        gifts.remove("id-1");
        assertThat(cards.containsKey("id-1")).isTrue();
        gifts.put("id-2", "a gift");
        gifts.removeAll();
        assertThat(gifts.containsKey("id-2")).isFalse();
        assertThat(cards.<String, Object>get("id-1")).isEqualTo("a card");
    }

    @Test
    void anEntryThatIsNoLongerCurrentIsDroppedAndReportedAbsent() {
        java.util.Set<Object> behind = new java.util.HashSet<>();
        AggregateCache checked =
                new AggregateCache(100, Duration.ofHours(1), (type, id, entry) -> !behind.contains(id));
        Cache view = checked.of(String.class);
        view.put("id-1", "a card");
        view.put("id-2", "another card");

        behind.add("id-1");

        assertThat(view.<String, Object>get("id-1")).isNull();
        assertThat(view.containsKey("id-1")).isFalse();
        assertThat(view.<String, Object>get("id-2")).isEqualTo("another card");
    }
}
