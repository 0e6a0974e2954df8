package org.pointsbank.ops.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.pointsbank.ops.Json;

/** The JSON of a {@code bench deep} run: its settings, the fill, the closes, snapshots, and the results. */
final class DeepReport {

    private DeepReport() {}

    static ObjectNode json(
            DeepCommand command,
            List<DeepResult> results,
            double ratio,
            DeepFill fill,
            List<DeepRounds.Round> byRound,
            DeepSettle.Settled settled,
            Optional<SnapshotSize> before,
            Optional<SnapshotSize> after) {
        ObjectNode node = Json.MAPPER
                .createObjectNode()
                .put("stationId", command.station)
                .put("rounds", command.rounds)
                .put("clients", command.measureClients)
                .put("warmupSeconds", command.warmup.toMillis() / 1000.0)
                .put("roundSeconds", command.duration.toMillis() / 1000.0)
                .put("months", command.months);
        putRatio(node, ratio);
        node.putObject("fill").put("events", fill.added()).put("retries", fill.retries());
        if (settled != null) {
            ObjectNode settle = node.putObject("settle");
            ArrayNode closes = settle.putArray("closes");
            for (PeriodCloser.Closed close : settled.closes()) {
                closes.addObject()
                        .put("period", close.month().toString())
                        .put("closedNow", close.now())
                        .put("millis", ResultReport.round(close.millis(), 1));
            }
            settle.put("creditMillis", ResultReport.round(settled.creditMillis(), 1));
        }
        snapshot(node, "snapshotBeforeRounds", before);
        snapshot(node, "snapshotAfterRounds", after);
        node.set("fresh", ResultReport.json(results.get(0)));
        node.set("deep", ResultReport.json(results.get(1)));
        ArrayNode perRound = node.putArray("perRound");
        for (DeepRounds.Round round : byRound) {
            ObjectNode entry = perRound.addObject()
                    .put("round", round.round())
                    .put(
                            "freshCreditsPerSecond",
                            ResultReport.round(round.fresh().opsPerSecond(), 1))
                    .put("deepCreditsPerSecond", ResultReport.round(round.deep().opsPerSecond(), 1));
            putRatio(
                    entry,
                    round.fresh().opsPerSecond() > 0
                            ? round.deep().opsPerSecond() / round.fresh().opsPerSecond()
                            : Double.NaN);
        }
        return node;
    }

    private static void snapshot(ObjectNode node, String field, Optional<SnapshotSize> snapshot) {
        snapshot.ifPresent(size -> node.putObject(field)
                .put("sequenceNumber", size.sequenceNumber())
                .put("bytes", size.bytes()));
    }

    static void putRatio(ObjectNode node, double ratio) {
        if (Double.isNaN(ratio)) {
            node.putNull("ratio");
        } else {
            node.put("ratio", ResultReport.round(ratio, 3));
        }
    }
}
