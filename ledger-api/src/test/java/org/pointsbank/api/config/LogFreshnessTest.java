package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A cached aggregate is trusted only at the log's version: behind it or ahead of it, it is loaded again. */
class LogFreshnessTest {

    @Test
    void aCachedCopyAtTheLogsVersionIsCurrent() {
        assertThat(LogFreshness.atTheLog(6L, 6L)).isTrue();
        assertThat(LogFreshness.atTheLog(0L, 0L)).isTrue();
    }

    @Test
    void aCachedCopyBehindTheLogIsStale() {
        assertThat(LogFreshness.atTheLog(5L, 6L)).isFalse();
    }

    @Test
    void aCachedCopyAheadOfTheLogIsALeftoverOfACommitThatDidNotHappen() {
        assertThat(LogFreshness.atTheLog(7L, 6L)).isFalse();
        // cached, but the log holds no event of it at all (the creating commit rolled back)
        assertThat(LogFreshness.atTheLog(0L, null)).isFalse();
    }

    @Test
    void anEntryWithoutALiveAggregateIsLoadedAgainAndCounted() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        JdbcTemplate log = new JdbcTemplate() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T queryForObject(String sql, Class<T> requiredType, Object... args) {
                return (T) Long.valueOf(3);
            }
        };

        assertThat(new LogFreshness(log, meters).current(String.class, "card-1", "not an entry"))
                .isFalse();
        assertThat(meters.counter(LogFreshness.METER, "aggregate", "String").count())
                .isEqualTo(1.0);
    }
}
