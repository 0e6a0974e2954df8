package org.pointsbank.ops.drill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.pointsbank.ops.bench.BenchHttp;
import org.pointsbank.ops.bench.HttpAnswer;

/**
 * The service's own counts of what it did about stale aggregates, summed over the instances from
 * {@code /actuator/prometheus}: {@value #STALE} (a cached aggregate found behind the log, dropped and loaded again)
 * and {@value #RETRIED} (a command retried after a conflict). A counter no instance exports is left out (a version
 * without it, nothing counted yet, or a scrape refused).
 */
final class ServiceMetrics {

    static final String STALE = "pointsbank_cache_stale_total";
    static final String RETRIED = "pointsbank_commands_retried_total";
    static final List<String> COUNTERS = List.of(STALE, RETRIED);

    private ServiceMetrics() {}

    /**
     * Each counter of {@link #COUNTERS} that some instance exports, summed over them. A counter appears with its first
     * count, so an instance without it counts 0.
     */
    static Map<String, Double> counters(List<BenchHttp> instances) throws InterruptedException {
        Map<String, Double> sums = new LinkedHashMap<>();
        for (BenchHttp instance : instances) {
            String exposition = scrape(instance);
            for (String name : COUNTERS) {
                OptionalDouble one = exposition == null ? OptionalDouble.empty() : sum(exposition, name);
                if (one.isPresent()) {
                    sums.merge(name, one.getAsDouble(), Double::sum);
                }
            }
        }
        return sums;
    }

    /** {@code after - before} for the counters exported after (0 before when not exported yet). */
    static Map<String, Double> difference(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> difference = new LinkedHashMap<>();
        after.forEach((name, value) -> difference.put(name, value - before.getOrDefault(name, 0.0)));
        return difference;
    }

    private static String scrape(BenchHttp instance) throws InterruptedException {
        try {
            HttpAnswer answer = instance.get("/actuator/prometheus", "text/plain");
            return answer.status() == 200 ? new String(answer.body(), StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The sum of the series of {@code name} in a Prometheus text exposition; empty when it has none. */
    static OptionalDouble sum(String exposition, String name) {
        boolean found = false;
        double sum = 0;
        for (String line : exposition.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                String[] parts = line.trim().split("\\s+");
                sum += Double.parseDouble(parts[parts.length - 1]);
                found = true;
            }
        }
        return found ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }
}
