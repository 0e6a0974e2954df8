package org.pointsbank.ops.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pointsbank.ops.Json;
import org.pointsbank.ops.Table;

/** {@code bench activity}'s table of steps, the close against the singles, and the same as JSON. */
final class ActivityReport {

    /** The close may take at most this share of the singles' wall time (issue 15's target). */
    static final double TARGET = 0.5;

    private ActivityReport() {}

    /** Close over singles wall time; NaN when the singles took no time. */
    static double ratio(CloseOutcome close, StepResult singles) {
        return singles.nanos() > 0 ? (double) close.nanos() / singles.nanos() : Double.NaN;
    }

    static List<String> lines(List<StepResult> steps, CloseOutcome close) {
        Table table = new Table("STEP", "CLIENTS", "OK", "ERRORS", "MS", "PER S", "P50 MS", "P99 MS", "MAX MS")
                .alignRight(1, 2, 3, 4, 5, 6, 7, 8);
        for (StepResult s : steps) {
            Latency l = s.latency();
            table.row(
                    s.step(),
                    s.clients(),
                    s.ok(),
                    s.errorCount(),
                    number(s.millis(), 1),
                    number(s.perSecond(), 1),
                    l.isEmpty() ? null : number(l.p50(), 2),
                    l.isEmpty() ? null : number(l.p99(), 2),
                    l.isEmpty() ? null : number(l.max(), 2));
        }
        table.row(
                "close", 1, close.credited(), close.refusedCount(), number(close.millis(), 1), null, null, null, null);
        List<String> lines = new ArrayList<>(table.lines());
        for (StepResult s : steps) {
            if (s.errorCount() > 0) {
                lines.add("errors " + s.step() + ": " + ResultReport.errors(s.errors()));
            }
        }
        lines.add(String.format(
                Locale.ROOT,
                "close: %d credited, %d refused, %d no-shows in %s ms%s",
                close.credited(),
                close.refusedCount(),
                close.noShows(),
                number(close.millis(), 1),
                close.resent() == 0 ? "" : " (answered 202, sent again " + close.resent() + " times)"));
        if (!close.refused().isEmpty()) {
            lines.add("refused close: " + ResultReport.errors(close.refused()));
        }
        StepResult singles = singles(steps);
        double ratio = ratio(close, singles);
        lines.add(String.format(
                Locale.ROOT,
                "close ms %s, singles ms %s (%d credits from %d clients): close/singles %s (target <= %.2f: %s)",
                number(close.millis(), 1),
                number(singles.millis(), 1),
                singles.ok(),
                singles.clients(),
                Double.isNaN(ratio) ? "-" : number(ratio, 3),
                TARGET,
                Double.isNaN(ratio) ? "not measured" : ratio <= TARGET ? "met" : "not met"));
        return lines;
    }

    static ObjectNode json(List<StepResult> steps, CloseOutcome close) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        ObjectNode byStep = node.putObject("steps");
        for (StepResult s : steps) {
            ObjectNode step = byStep.putObject(s.step())
                    .put("clients", s.clients())
                    .put("ok", s.ok())
                    .put("errorCount", s.errorCount())
                    .put("ms", ResultReport.round(s.millis(), 3));
            ObjectNode errors = step.putObject("errors");
            s.errors().forEach(errors::put);
            step.set("latencyMs", ResultReport.json(s.latency()));
        }
        ObjectNode closed = node.putObject("close")
                .put("ms", ResultReport.round(close.millis(), 3))
                .put("credited", close.credited())
                .put("noShows", close.noShows())
                .put("resent", close.resent());
        ObjectNode refused = closed.putObject("refused");
        close.refused().forEach(refused::put);
        StepResult singles = singles(steps);
        node.put("closeMs", ResultReport.round(close.millis(), 3))
                .put("singlesMs", ResultReport.round(singles.millis(), 3));
        double ratio = ratio(close, singles);
        if (Double.isNaN(ratio)) {
            node.putNull("ratio");
        } else {
            node.put("ratio", ResultReport.round(ratio, 4));
        }
        return node.put("target", TARGET).put("met", !Double.isNaN(ratio) && ratio <= TARGET);
    }

    private static StepResult singles(List<StepResult> steps) {
        return steps.stream()
                .filter(s -> s.step().equals("singles"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no singles step"));
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
