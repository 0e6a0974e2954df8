package org.pointsbank.ops.drill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /** Per instance, in order: each counter of {@link #COUNTERS} it exports (a counter appears with its first count). */
    static List<Map<String, Double>> counters(List<BenchHttp> instances) throws InterruptedException {
        List<Map<String, Double>> all = new ArrayList<>();
        for (BenchHttp instance : instances) {
            String exposition = scrape(instance);
            Map<String, Double> counts = new LinkedHashMap<>();
            for (String name : COUNTERS) {
                OptionalDouble one = exposition == null ? OptionalDouble.empty() : sum(exposition, name);
                one.ifPresent(value -> counts.put(name, value));
            }
            all.add(counts);
        }
        return all;
    }

    /**
     * What the instances counted between {@code before} and {@code after}, summed: a counter not exported yet counts 0
     * before, and one lower after than before (the instance restarted, its counters from 0) counts what it has now.
     */
    static Map<String, Double> difference(List<Map<String, Double>> before, List<Map<String, Double>> after) {
        Map<String, Double> difference = new LinkedHashMap<>();
        for (int i = 0; i < after.size(); i++) {
            Map<String, Double> then = i < before.size() ? before.get(i) : Map.of();
            after.get(i).forEach((name, now) -> {
                double was = then.getOrDefault(name, 0.0);
                difference.merge(name, now >= was ? now - was : now, Double::sum);
            });
        }
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
