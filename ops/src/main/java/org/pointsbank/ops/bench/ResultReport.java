package org.pointsbank.ops.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.pointsbank.ops.Json;
import org.pointsbank.ops.Table;

/** Renders results: an aligned table for stdout and a JSON document for {@code --json}. */
public final class ResultReport {

    private ResultReport() {}

    /** One row per result, then one {@code errors <op>: <key> <count>, ...} line per result that had errors. */
    public static List<String> table(List<BenchResult> results) {
        Table table = new Table(
                        "OP",
                        "MODE",
                        "CLIENTS",
                        "RATE",
                        "SECONDS",
                        "OPS",
                        "OPS/S",
                        "CAP",
                        "ERRORS",
                        "P50 MS",
                        "P95 MS",
                        "P99 MS",
                        "P99.9 MS",
                        "MAX MS")
                .alignRight(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        for (BenchResult r : results) {
            Latency l = r.latency();
            table.row(
                    r.op(),
                    r.mode(),
                    r.clients(),
                    r.rate() == null ? null : number(r.rate(), 1),
                    number(r.duration().toMillis() / 1000.0, 1),
                    r.ok(),
                    number(r.opsPerSecond(), 1),
                    r.cap(),
                    r.errorCount(),
                    ms(l, l.p50()),
                    ms(l, l.p95()),
                    ms(l, l.p99()),
                    ms(l, l.p999()),
                    ms(l, l.max()));
        }
        List<String> lines = new ArrayList<>(table.lines());
        for (BenchResult r : results) {
            if (!r.errors().isEmpty()) {
                lines.add("errors " + r.op() + ": " + errors(r.errors()));
            }
        }
        return lines;
    }

    /** The lag of the read model behind the credits: samples, how many never showed, percentiles. */
    public static List<String> lagTable(long samples, long gaveUp, Latency lag) {
        return new Table("LAG", "SAMPLES", "GAVE UP", "P50 MS", "P95 MS", "P99 MS", "P99.9 MS", "MAX MS")
                .alignRight(1, 2, 3, 4, 5, 6, 7)
                .row(
                        "card_balance",
                        samples,
                        gaveUp,
                        ms(lag, lag.p50()),
                        ms(lag, lag.p95()),
                        ms(lag, lag.p99()),
                        ms(lag, lag.p999()),
                        ms(lag, lag.max()))
                .lines();
    }

    /** {@code bench deep}: one row per card kind, then its error lines as {@link #table} writes them. */
    public static List<String> deepTable(List<DeepResult> results) {
        Table table = new Table(
                        "CARD",
                        "EVENTS",
                        "SECONDS",
                        "CREDITS",
                        "CREDITS/S",
                        "CAP",
                        "ERRORS",
                        "P50 MS",
                        "P95 MS",
                        "P99 MS",
                        "MAX MS")
                .alignRight(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        for (DeepResult d : results) {
            BenchResult r = d.credits();
            Latency l = r.latency();
            table.row(
                    d.kind(),
                    d.events(),
                    number(r.duration().toMillis() / 1000.0, 1),
                    r.ok(),
                    number(r.opsPerSecond(), 1),
                    r.cap(),
                    r.errorCount(),
                    ms(l, l.p50()),
                    ms(l, l.p95()),
                    ms(l, l.p99()),
                    ms(l, l.max()));
        }
        List<String> lines = new ArrayList<>(table.lines());
        for (DeepResult d : results) {
            if (!d.credits().errors().isEmpty()) {
                lines.add("errors " + d.kind() + ": " + errors(d.credits().errors()));
            }
        }
        return lines;
    }

    /** {@link #json(BenchResult)} of the credits, with the card and its events. */
    public static ObjectNode json(DeepResult d) {
        ObjectNode node =
                Json.MAPPER.createObjectNode().put("cardId", d.cardId()).put("events", d.events());
        node.setAll(json(d.credits()));
        return node;
    }

    public static ObjectNode json(BenchResult r) {
        ObjectNode node = Json.MAPPER
                .createObjectNode()
                .put("op", r.op())
                .put("mode", r.mode())
                .put("clients", r.clients());
        if (r.rate() == null) {
            node.putNull("rate");
        } else {
            node.put("rate", r.rate());
        }
        node.put("warmupSeconds", r.warmup().toMillis() / 1000.0)
                .put("durationSeconds", r.duration().toMillis() / 1000.0)
                .put("ops", r.ok())
                .put("opsPerSecond", round(r.opsPerSecond(), 1))
                .put("cap", r.cap())
                .put("errorCount", r.errorCount());
        ObjectNode errors = node.putObject("errors");
        r.errors().forEach(errors::put);
        node.set("latencyMs", json(r.latency()));
        return node;
    }

    /** Percentiles in ms rounded to the microsecond, or null when nothing was recorded. */
    public static ObjectNode json(Latency l) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("count", l.count());
        percentile(node, "p50", l, l.p50());
        percentile(node, "p95", l, l.p95());
        percentile(node, "p99", l, l.p99());
        percentile(node, "p99_9", l, l.p999());
        percentile(node, "max", l, l.max());
        return node;
    }

    private static void percentile(ObjectNode node, String name, Latency latency, double value) {
        if (latency.isEmpty()) {
            node.putNull(name);
        } else {
            node.put(name, round(value, 3));
        }
    }

    public static String pretty(Object node) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String errors(Map<String, Long> errors) {
        return errors.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String ms(Latency latency, double value) {
        return latency.isEmpty() ? null : number(value, 2);
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
