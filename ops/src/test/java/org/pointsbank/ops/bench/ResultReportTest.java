package org.pointsbank.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.pointsbank.ops.Json;

class ResultReportTest {

    private static final Latency LATENCY = new Latency(12_000, 2.81, 5.125, 9.5, 31.25, 120.0);

    private static BenchResult credit() {
        return new BenchResult(
                "credit",
                "closed",
                16,
                null,
                Duration.ofSeconds(20),
                Duration.ofSeconds(60),
                12_000,
                7,
                new TreeMap<>(Map.of("500", 2L, "429 RATE_LIMITED", 3L)),
                LATENCY);
    }

    private static BenchResult read() {
        return new BenchResult(
                "read", "fixed", 4, 200.0, Duration.ZERO, Duration.ofMillis(2500), 0, 0, Map.of(), Latency.NONE);
    }

    @Test
    void rendersOneAlignedRowPerResultAndTheErrorsBelow() {
        assertThat(ResultReport.table(List.of(credit(), read())))
                .containsExactly(
                        "OP      MODE    CLIENTS   RATE  SECONDS    OPS  OPS/S  CAP  ERRORS  P50 MS  P95 MS  P99 MS  P99.9 MS  MAX MS",
                        "credit  closed       16      -     60.0  12000  200.0    7       5    2.81    5.13    9.50     31.25  120.00",
                        "read    fixed         4  200.0      2.5      0    0.0    0       0       -       -       -         -       -",
                        "errors credit: 429 RATE_LIMITED 3, 500 2");
    }

    @Test
    void rendersTheDeepCardTableWithEventsAndTheRatioOfCreditsPerSecond() throws Exception {
        DeepResult fresh = new DeepResult(
                "fresh",
                "c-1",
                2_401,
                new BenchResult(
                        "fresh",
                        "closed",
                        1,
                        null,
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(60),
                        1_200,
                        0,
                        Map.of(),
                        LATENCY));
        DeepResult deep = new DeepResult(
                "deep",
                "c-2",
                102_281,
                new BenchResult(
                        "deep",
                        "closed",
                        1,
                        null,
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(60),
                        1_140,
                        0,
                        Map.of("reversal 503 UNAVAILABLE", 2L),
                        Latency.NONE));

        assertThat(ResultReport.deepTable(List.of(fresh, deep)))
                .containsExactly(
                        "CARD   EVENTS  SECONDS  CREDITS  CREDITS/S  CAP  ERRORS  P50 MS  P95 MS  P99 MS  MAX MS",
                        "fresh    2401     60.0     1200       20.0    0       0    2.81    5.13    9.50  120.00",
                        "deep   102281     60.0     1140       19.0    0       2       -       -       -       -",
                        "errors deep: reversal 503 UNAVAILABLE 2");
        assertThat(DeepResult.ratio(fresh, deep)).isCloseTo(0.95, within(1e-9));
        JsonNode json = Json.MAPPER.readTree(ResultReport.pretty(ResultReport.json(deep)));
        assertThat(json.path("cardId").asText()).isEqualTo("c-2");
        assertThat(json.path("events").asLong()).isEqualTo(102_281);
        assertThat(json.path("ops").asLong()).isEqualTo(1_140);
        assertThat(json.path("opsPerSecond").asDouble()).isEqualTo(19.0);
    }

    @Test
    void rendersJsonWithRateThroughputErrorsAndPercentiles() throws Exception {
        JsonNode json = Json.MAPPER.readTree(ResultReport.pretty(ResultReport.json(credit())));

        assertThat(json.path("op").asText()).isEqualTo("credit");
        assertThat(json.path("mode").asText()).isEqualTo("closed");
        assertThat(json.path("clients").asInt()).isEqualTo(16);
        assertThat(json.path("rate").isNull()).isTrue();
        assertThat(json.path("warmupSeconds").asDouble()).isEqualTo(20.0);
        assertThat(json.path("durationSeconds").asDouble()).isEqualTo(60.0);
        assertThat(json.path("ops").asLong()).isEqualTo(12_000);
        assertThat(json.path("opsPerSecond").asDouble()).isEqualTo(200.0);
        assertThat(json.path("cap").asLong()).isEqualTo(7);
        assertThat(json.path("errorCount").asLong()).isEqualTo(5);
        assertThat(json.path("errors").path("429 RATE_LIMITED").asLong()).isEqualTo(3);
        assertThat(json.path("errors").path("500").asLong()).isEqualTo(2);
        JsonNode latency = json.path("latencyMs");
        assertThat(latency.path("count").asLong()).isEqualTo(12_000);
        assertThat(latency.path("p50").asDouble()).isEqualTo(2.81);
        assertThat(latency.path("p95").asDouble()).isEqualTo(5.125);
        assertThat(latency.path("p99").asDouble()).isEqualTo(9.5);
        assertThat(latency.path("p99_9").asDouble()).isEqualTo(31.25);
        assertThat(latency.path("max").asDouble()).isEqualTo(120.0);
    }

    @Test
    void rendersNoLatencyAsNulls() throws Exception {
        JsonNode json = Json.MAPPER.readTree(ResultReport.pretty(ResultReport.json(read())));

        assertThat(json.path("rate").asDouble()).isEqualTo(200.0);
        assertThat(json.path("errors").isEmpty()).isTrue();
        assertThat(json.path("latencyMs").path("count").asLong()).isZero();
        assertThat(json.path("latencyMs").path("p99").isNull()).isTrue();
    }

    @Test
    void readsPercentilesFromTheHistogramInMilliseconds() {
        Histogram nanos = new Histogram(3);
        for (int ms = 1; ms <= 1000; ms++) {
            nanos.recordValue(ms * 1_000_000L);
        }

        Latency latency = Latency.of(nanos);

        // three significant digits: within 0.1 %
        assertThat(latency.count()).isEqualTo(1000);
        assertThat(latency.p50()).isCloseTo(500, within(0.5));
        assertThat(latency.p95()).isCloseTo(950, within(1.0));
        assertThat(latency.p99()).isCloseTo(990, within(1.0));
        assertThat(latency.p999()).isCloseTo(999, within(1.0));
        assertThat(latency.max()).isCloseTo(1000, within(1.0));
        assertThat(Latency.of(new Histogram(3))).isEqualTo(Latency.NONE);
    }

    @Test
    void rendersLagSamplesAndPercentiles() {
        assertThat(ResultReport.lagTable(120, 1, new Latency(119, 12.5, 40, 80.25, 95, 101)))
                .containsExactly(
                        "LAG           SAMPLES  GAVE UP  P50 MS  P95 MS  P99 MS  P99.9 MS  MAX MS",
                        "card_balance      120        1   12.50   40.00   80.25     95.00  101.00");
    }

    @Test
    void throughputIsSuccessesPerMeasuredSecond() {
        assertThat(credit().opsPerSecond()).isEqualTo(200.0);
        assertThat(read().opsPerSecond()).isZero();
        assertThat(credit().errorCount()).isEqualTo(5);
    }
}
