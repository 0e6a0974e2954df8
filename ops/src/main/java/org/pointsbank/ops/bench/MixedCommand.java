package org.pointsbank.ops.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pointsbank.ops.DurationConverter;
import org.pointsbank.ops.Durations;
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

/**
 * {@code bench mixed}: a fixed-rate credit stream and a fixed-rate read stream at the same time, for a latency
 * target under a mixed load ("credit p99 at 50 credits/s with 16 readers at 200 reads/s alongside"). Each stream
 * is measured as {@code run --mode fixed} measures one: latency from the intended start, warm-up discarded.
 */
@Command(
        name = "mixed",
        mixinStandardHelpOptions = true,
        description = {
            "Credits and reads at fixed rates at the same time; a latency table for each stream.",
            "Latency counts from each call's intended start (no coordinated omission). Warm-up results are "
                    + "discarded; a table goes to stdout, JSON to --json."
        })
final class MixedCommand implements Callable<Integer> {

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkloadOptions workload;

    @Option(
            names = "--credit-op",
            defaultValue = "credit",
            converter = BenchOp.Converter.class,
            description = "credit, baseline-credit or baseline-c-credit. Default: ${DEFAULT-VALUE}")
    BenchOp creditOp;

    @Option(names = "--credit-rate", defaultValue = "50", description = "Credits per second. Default: ${DEFAULT-VALUE}")
    double creditRate;

    @Option(
            names = "--credit-clients",
            defaultValue = "16",
            description = "HTTP clients (one connection each) the credits share. Default: ${DEFAULT-VALUE}")
    int creditClients;

    @Option(
            names = "--read-op",
            defaultValue = "read",
            converter = BenchOp.Converter.class,
            description = "read or baseline-read. Default: ${DEFAULT-VALUE}")
    BenchOp readOp;

    @Option(names = "--read-rate", defaultValue = "200", description = "Reads per second. Default: ${DEFAULT-VALUE}")
    double readRate;

    @Option(
            names = "--clients",
            defaultValue = "16",
            description = "Readers: HTTP clients (one connection each) the reads share. Default: ${DEFAULT-VALUE}")
    int clients;

    @Option(
            names = "--max-in-flight",
            defaultValue = "256",
            description = "Per stream: at most this many calls started and not finished; later ones start late, "
                    + "the wait counted. Default: ${DEFAULT-VALUE}")
    int maxInFlight;

    @Option(
            names = "--duration",
            defaultValue = "60s",
            converter = DurationConverter.class,
            description = "Measured time, after the warm-up. Default: ${DEFAULT-VALUE}")
    Duration duration;

    @Option(
            names = "--warmup",
            defaultValue = "20s",
            converter = DurationConverter.class,
            description = "Load before measuring; its results are discarded. Default: ${DEFAULT-VALUE}")
    Duration warmup;

    @Option(names = "--json", description = "Also write both results as JSON to this file.")
    Path json;

    @Override
    public Integer call() throws InterruptedException {
        validate();
        CardsFile cardsFile = CardsFile.read(workload.cardsFile);
        DailyCaps caps = workload.caps(cardsFile);
        List<BenchCard> cards = cardsFile.cards();
        ZipfPicker picker = new ZipfPicker(cards.size(), workload.skew);
        BenchHttp creditHttp = bench.http(creditClients, workload.requestTimeout, creditOp.authenticated());
        BenchHttp readHttp = bench.http(clients, workload.requestTimeout, readOp.authenticated());
        Operation credits = switch (creditOp) {
            case BASELINE_CREDIT -> CreditOperation.baseline(creditHttp, cards, picker, caps);
            case BASELINE_C_CREDIT -> CreditOperation.baselineC(creditHttp, cards, picker, caps);
            default -> CreditOperation.ledger(creditHttp, cards, picker, caps, null, System::nanoTime);
        };
        Operation reads = readOp == BenchOp.BASELINE_READ
                ? ReadOperation.baseline(readHttp, cards, picker)
                : ReadOperation.ledger(readHttp, cards, picker);
        PrintWriter err = spec.commandLine().getErr();
        err.printf(
                Locale.ROOT,
                "bench mixed: %s at %s/s over %d connections and %s at %s/s over %d, against %s, %d cards,"
                        + " warm-up %s, then measuring %s%n",
                creditOp,
                creditRate,
                creditClients,
                readOp,
                readRate,
                clients,
                bench.ops().baseUrl(),
                cards.size(),
                Durations.format(warmup),
                Durations.format(duration));
        err.flush();
        List<BenchResult> results = Measurement.mixed(
                List.of(
                        new Measurement.FixedStream(creditOp.label(), credits, creditClients, creditRate, maxInFlight),
                        new Measurement.FixedStream(readOp.label(), reads, clients, readRate, maxInFlight)),
                warmup,
                duration);
        if (creditOp == BenchOp.CREDIT) {
            CardsFile.write(workload.cardsFile, cards, caps);
        }
        ResultReport.table(results).forEach(spec.commandLine().getOut()::println);
        if (json != null) {
            ObjectNode both = Json.MAPPER.createObjectNode();
            both.set("credit", ResultReport.json(results.get(0)));
            both.set("read", ResultReport.json(results.get(1)));
            RunCommand.write(json, ResultReport.pretty(both));
        }
        for (BenchResult result : results) {
            if (result.ok() == 0) {
                throw new OpsFailure("no " + result.op() + " succeeded"
                        + (result.errors().isEmpty() ? "" : ": " + ResultReport.errors(result.errors())));
            }
        }
        return ExitCodes.OK;
    }

    private void validate() {
        workload.validate();
        if (creditOp != BenchOp.CREDIT
                && creditOp != BenchOp.BASELINE_CREDIT
                && creditOp != BenchOp.BASELINE_C_CREDIT) {
            throw usage("--credit-op must be credit, baseline-credit or baseline-c-credit, not " + creditOp);
        }
        if (readOp != BenchOp.READ && readOp != BenchOp.BASELINE_READ) {
            throw usage("--read-op must be read or baseline-read, not " + readOp);
        }
        if (!positive(creditRate) || !positive(readRate)) {
            throw usage("--credit-rate and --read-rate must be positive numbers of operations per second");
        }
        if (clients < 1 || creditClients < 1 || maxInFlight < 1) {
            throw usage("--clients, --credit-clients and --max-in-flight must be at least 1");
        }
        if (duration.isZero() || duration.isNegative() || warmup.isNegative()) {
            throw usage("--duration must be positive and --warmup not negative");
        }
    }

    private static boolean positive(double rate) {
        return rate > 0 && !Double.isInfinite(rate);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
