package org.pointsbank.ops.drill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalDouble;
import org.pointsbank.ops.bench.BenchHttp;
import org.pointsbank.ops.bench.HttpAnswer;

/**
 * The service's count of commands it retried itself (a stale aggregate detected, the cache entry dropped, the
 * command sent again): the sum of every {@code pointsbank_commands_retried_total} series of
 * {@code /actuator/prometheus} over the instances. Empty when an instance does not export it (a version without
 * the retry) or the scrape is refused.
 */
final class ServiceMetrics {

    static final String RETRIED = "pointsbank_commands_retried_total";

    private ServiceMetrics() {}

    static OptionalDouble commandsRetried(List<BenchHttp> instances) throws InterruptedException {
        double sum = 0;
        for (BenchHttp instance : instances) {
            OptionalDouble one = scrape(instance);
            if (one.isEmpty()) {
                return OptionalDouble.empty();
            }
            sum += one.getAsDouble();
        }
        return OptionalDouble.of(sum);
    }

    private static OptionalDouble scrape(BenchHttp instance) throws InterruptedException {
        HttpAnswer answer;
        try {
            answer = instance.get("/actuator/prometheus", "text/plain");
        } catch (IOException e) {
            return OptionalDouble.empty();
        }
        return answer.status() == 200 ? sum(new String(answer.body(), StandardCharsets.UTF_8)) : OptionalDouble.empty();
    }

    /** The sum of the series of {@value #RETRIED} in a Prometheus text exposition; empty when it has none. */
    static OptionalDouble sum(String exposition) {
        boolean found = false;
        double sum = 0;
        for (String line : exposition.split("\n")) {
            if (line.startsWith(RETRIED + "{") || line.startsWith(RETRIED + " ")) {
                String[] parts = line.trim().split("\\s+");
                sum += Double.parseDouble(parts[parts.length - 1]);
                found = true;
            }
        }
        return found ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }
}
