package org.pointsbank.ops.drill;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pointsbank.ops.Table;

/** The drill's printout: the load and its answers, the retries, the redemptions, then one line per check. */
final class DrillReport {

    private DrillReport() {}

    static void print(
            PrintWriter out,
            String header,
            Tally tally,
            ClusterLoad load,
            Duration took,
            Map<String, Double> serviceCounts,
            Duration settled,
            List<Check> checks) {
        out.println(header);
        long requests = tally.requests();
        out.printf(
                Locale.ROOT,
                "load         %d requests in %.1f s (%.0f/s)%n",
                requests,
                took.toMillis() / 1000.0,
                requests / Math.max(0.001, took.toMillis() / 1000.0));
        List<String> answers = new ArrayList<>();
        for (Map.Entry<String, Long> answer : tally.answers().entrySet()) {
            answers.add(answer.getKey() + ": " + answer.getValue());
        }
        out.println("answers      " + String.join(", ", answers));
        out.printf(
                Locale.ROOT,
                "retries      %d of %d requests needed a retry (%.2f %%); %d acknowledged credits sent again with "
                        + "their key to another instance%n",
                tally.retried(),
                requests,
                percent(tally.retried(), requests),
                tally.resends());
        List<String> counts = new ArrayList<>();
        serviceCounts.forEach((name, count) -> counts.add(
                String.format(Locale.ROOT, "%s %.0f (%.2f %% of requests)", name, count, percent(count, requests))));
        out.println("service      "
                + (counts.isEmpty()
                        ? "exports none of " + String.join(", ", ServiceMetrics.COUNTERS)
                        : String.join(", ", counts)));
        long fulfilled = load.placed.stream()
                .filter(p -> "FULFILLED".equals(p.outcome()))
                .count();
        long cancelled = load.placed.stream()
                .filter(p -> "CANCELLED".equals(p.outcome()))
                .count();
        out.printf(
                Locale.ROOT,
                "redemptions  %d placed, %d fulfilled, %d cancelled, %d not finished%n",
                load.placed.size(),
                fulfilled,
                cancelled,
                load.placed.size() - fulfilled - cancelled);
        out.printf(Locale.ROOT, "settled      read side checked after %.1f s%n", settled.toMillis() / 1000.0);
        Table table = new Table("CHECK", "FOUND", "RESULT", "FIRST FOUND").alignRight(1);
        for (Check check : checks) {
            table.row(check.name(), check.found(), check.ok() ? "OK" : "FAIL", check.detail());
        }
        table.lines().forEach(out::println);
    }

    private static double percent(double part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
