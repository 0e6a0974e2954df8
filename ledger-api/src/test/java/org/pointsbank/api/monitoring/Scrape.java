package org.pointsbank.api.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;

/** One read of {@code /actuator/prometheus}: the samples by name and labels, and every metric name exported. */
public record Scrape(String body) {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static Scrape of(ApiClient admin) {
        ApiResponse metrics = admin.get("/actuator/prometheus", "text/plain");
        assertThat(metrics.status()).isEqualTo(200);
        return new Scrape(metrics.body());
    }

    /** The value of the sample named {@code name} whose labels include {@code labels}, if exactly one has them. */
    public OptionalDouble value(String name, Map<String, String> labels) {
        OptionalDouble found = OptionalDouble.empty();
        for (String line : body.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.find() || !sample.group(1).equals(name)) {
                continue;
            }
            Map<String, String> has = new LinkedHashMap<>();
            Matcher label = LABEL.matcher(sample.group(3) == null ? "" : sample.group(3));
            while (label.find()) {
                has.put(label.group(1), label.group(2));
            }
            if (has.entrySet().containsAll(labels.entrySet())) {
                assertThat(found)
                        .as("more than one %s sample with %s", name, labels)
                        .isEmpty();
                found = OptionalDouble.of(Double.parseDouble(sample.group(4)));
            }
        }
        return found;
    }

    /** Every sample name exported ({@code _total}, {@code _count}, {@code _sum}, {@code _max} included). */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (String line : body.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!line.startsWith("#") && sample.find()) {
                names.add(sample.group(1));
            }
        }
        return names;
    }
}
