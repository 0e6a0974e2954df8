package org.pointsbank.ops.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceMetricsTest {

    @Test
    void sumsEverySeriesOfACounterInAnExposition() {
        String exposition = """
                # HELP pointsbank_cache_stale_total stale
                # TYPE pointsbank_cache_stale_total counter
                pointsbank_cache_stale_total{aggregate="Card"} 3.0
                pointsbank_cache_stale_total{aggregate="Gift"} 2.0
                pointsbank_cache_stale_totally_else 100.0
                """;

        assertThat(ServiceMetrics.sum(exposition, ServiceMetrics.STALE)).hasValue(5.0);
        assertThat(ServiceMetrics.sum(exposition, ServiceMetrics.RETRIED)).isEmpty();
    }

    @Test
    void anInstanceThatRestartedDuringTheDrillCountsWhatItCountedSince() {
        List<Map<String, Double>> before =
                List.of(Map.of(ServiceMetrics.STALE, 3.0), Map.of(ServiceMetrics.STALE, 7.0));
        List<Map<String, Double>> after = List.of(
                Map.of(ServiceMetrics.STALE, 5.0, ServiceMetrics.RETRIED, 4.0), Map.of(ServiceMetrics.STALE, 2.0));

        assertThat(ServiceMetrics.difference(before, after))
                .isEqualTo(Map.of(ServiceMetrics.STALE, 2.0 + 2.0, ServiceMetrics.RETRIED, 4.0));
    }
}
