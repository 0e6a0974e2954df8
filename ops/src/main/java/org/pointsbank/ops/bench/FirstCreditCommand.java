package org.pointsbank.ops.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pointsbank.ops.DurationConverter;
import org.pointsbank.ops.ExitCodes;
import org.pointsbank.ops.Json;
import org.pointsbank.ops.OpsFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bench first-credit}: the first credits to one card, each timed, e.g. right after a restart. */
@Command(
        name = "first-credit",
        mixinStandardHelpOptions = true,
        description = {
            "Time the first credits to one card, one after the other, on one connection: what a card's first "
                    + "credit after a restart costs (restart the service, wait for readiness, then run this).",
            "First one GET /api/v1/stations, timed on its own (it opens the connection and verifies the "
                    + "credentials), then --credits volunteer credits dated today. With --jdbc-url the card's "
                    + "snapshot before and after. JSON to --json."
        })
final class FirstCreditCommand implements Callable<Integer> {

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--card", required = true, description = "The card to credit.")
    String card;

    @Option(
            names = "--station",
            defaultValue = "bench-01",
            description = "Station that credits the card. Default: ${DEFAULT-VALUE}")
    String station;

    @Option(names = "--credits", defaultValue = "3", description = "Credits to time. Default: ${DEFAULT-VALUE}")
    int credits;

    @Option(
            names = "--zone",
            defaultValue = "${env:POINTSBANK_ZONE:-Asia/Shanghai}",
            description = "The service's business zone (POINTSBANK_ZONE), where today is. Default: ${DEFAULT-VALUE}")
    String zone;

    @Option(
            names = "--request-timeout",
            defaultValue = "60s",
            converter = DurationConverter.class,
            description = "Timeout of one HTTP request (and of connecting). Default: ${DEFAULT-VALUE}")
    Duration requestTimeout;

    @Option(names = "--json", description = "Also write the result as JSON to this file.")
    Path json;

    @Mixin
    SnapshotOptions snapshots;

    @Override
    public Integer call() throws InterruptedException {
        if (credits < 1 || card.isBlank() || station.isBlank()) {
            throw new ParameterException(
                    spec.commandLine(), "--credits must be at least 1, --card and --station not blank");
        }
        ZoneId businessZone;
        try {
            businessZone = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), "--zone: " + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        BenchHttp http = bench.http(1, requestTimeout, true);
        Optional<SnapshotSize> before = snapshots.read(card, err, "before");
        FirstCredits.Timings timings;
        try {
            timings = new FirstCredits(
                            http,
                            new CreditReversal(http, new BenchCard(card, station), () -> LocalDate.now(businessZone)),
                            System::nanoTime)
                    .run(credits);
        } catch (IOException e) {
            throw new OpsFailure(http.base() + " did not answer (" + e + "): is the service running?", e);
        }
        Optional<SnapshotSize> after = snapshots.read(card, err, "after");
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "card %s: GET /stations %.1f ms%n", card, timings.readMillis());
        List<Double> millis = timings.creditMillis();
        for (int i = 0; i < millis.size(); i++) {
            out.printf(Locale.ROOT, "credit %d: %.1f ms%n", i + 1, millis.get(i));
        }
        out.flush();
        if (json != null) {
            ObjectNode node = Json.MAPPER
                    .createObjectNode()
                    .put("cardId", card)
                    .put("readMillis", ResultReport.round(timings.readMillis(), 1));
            ArrayNode array = node.putArray("creditMillis");
            millis.forEach(value -> array.add(ResultReport.round(value, 1)));
            before.ifPresent(size -> node.put("snapshotBytesBefore", size.bytes()));
            after.ifPresent(size -> node.put("snapshotBytesAfter", size.bytes()));
            RunCommand.write(json, ResultReport.pretty(node));
        }
        return ExitCodes.OK;
    }
}
