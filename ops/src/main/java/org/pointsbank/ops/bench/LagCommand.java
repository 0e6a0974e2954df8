package org.pointsbank.ops.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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

/** {@code bench lag}: closed-loop credits, and how long a sample of them takes to show in the read model. */
@Command(
        name = "lag",
        mixinStandardHelpOptions = true,
        description = {
            "Measure how far the card_balance read model trails the credits.",
            "Closed-loop credits as `run --op credit`; for every --sample-every-th a separate poller measures "
                    + "the time from the credit's 201 until GET /api/v1/cards/{id} shows its balance."
        })
final class LagCommand implements Callable<Integer> {

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkloadOptions workload;

    @Option(names = "--clients", defaultValue = "16", description = "Crediting clients. Default: ${DEFAULT-VALUE}")
    int clients;

    @Option(
            names = "--duration",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "Measured time. Default: ${DEFAULT-VALUE}")
    Duration duration;

    @Option(
            names = "--warmup",
            defaultValue = "10s",
            converter = DurationConverter.class,
            description = "Credits before measuring, not sampled. Default: ${DEFAULT-VALUE}")
    Duration warmup;

    @Option(
            names = "--sample-every",
            defaultValue = "10",
            description = "Sample every n-th credit. Default: ${DEFAULT-VALUE}")
    int sampleEvery;

    @Option(
            names = "--poll-interval",
            defaultValue = "5ms",
            converter = DurationConverter.class,
            description = "Default: ${DEFAULT-VALUE}")
    Duration pollInterval;

    @Option(
            names = "--give-up-after",
            defaultValue = "10s",
            converter = DurationConverter.class,
            description = "A sample not shown by then is counted as given up. Default: ${DEFAULT-VALUE}")
    Duration giveUpAfter;

    @Option(
            names = "--pollers",
            defaultValue = "4",
            description = "Poller threads and connections. Default: ${DEFAULT-VALUE}")
    int pollers;

    @Option(names = "--json", description = "Also write the result as JSON to this file.")
    Path json;

    @Override
    public Integer call() throws InterruptedException {
        workload.validate();
        if (clients < 1
                || sampleEvery < 1
                || pollers < 1
                || duration.isZero()
                || duration.isNegative()
                || warmup.isNegative()
                || pollInterval.isZero()
                || pollInterval.isNegative()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--clients, --sample-every, --pollers, --duration and "
                            + "--poll-interval must be positive, --warmup not negative");
        }
        CardsFile cardsFile = CardsFile.read(workload.cardsFile);
        DailyCaps caps = workload.caps(cardsFile);
        List<BenchCard> cards = cardsFile.cards();
        BenchHttp credits = bench.http(clients, workload.requestTimeout, true);
        BenchHttp polls = bench.http(pollers, workload.requestTimeout, true);
        ScheduledExecutorService pollerThreads = Executors.newScheduledThreadPool(pollers, runnable -> {
            Thread thread = new Thread(runnable, "bench-lag-poller");
            thread.setDaemon(true);
            return thread;
        });
        PrintWriter err = spec.commandLine().getErr();
        err.printf(
                Locale.ROOT,
                "bench lag: %d clients against %s, warm-up %s, then measuring %s, sampling every %d. credit%n",
                clients,
                bench.ops().baseUrl(),
                Durations.format(warmup),
                Durations.format(duration),
                sampleEvery);
        err.flush();
        try {
            long started = System.nanoTime();
            LagProbe probe = new LagProbe(
                    polls,
                    pollerThreads,
                    System::nanoTime,
                    started + warmup.toNanos(),
                    sampleEvery,
                    pollInterval,
                    giveUpAfter);
            Operation credit = CreditOperation.ledger(
                    credits, cards, new ZipfPicker(cards.size(), workload.skew), caps, probe, System::nanoTime);
            ResultRecorder recorder = new ResultRecorder();
            new ClosedLoopDriver(clients, System::nanoTime).run(credit, warmup, duration, recorder);
            CardsFile.write(workload.cardsFile, cards, caps);
            boolean settled = probe.awaitSettled(giveUpAfter.plusSeconds(5));
            BenchResult result = BenchResult.of(
                    BenchOp.CREDIT.label(), Measurement.CLOSED, clients, null, warmup, duration, recorder);
            PrintWriter out = spec.commandLine().getOut();
            ResultReport.table(List.of(result)).forEach(out::println);
            out.println();
            ResultReport.lagTable(probe.samples(), probe.gaveUp(), probe.lag()).forEach(out::println);
            if (json != null) {
                ObjectNode node = Json.MAPPER.createObjectNode();
                node.set("credits", ResultReport.json(result));
                ObjectNode lag = node.putObject("lag")
                        .put("samples", probe.samples())
                        .put("gaveUp", probe.gaveUp())
                        .put("sampleEvery", sampleEvery)
                        .put("pollIntervalMs", pollInterval.toNanos() / 1e6);
                lag.set("latencyMs", ResultReport.json(probe.lag()));
                RunCommand.write(json, ResultReport.pretty(node));
            }
            if (!settled) {
                throw new OpsFailure("some lag samples were still being polled after " + Durations.format(giveUpAfter));
            }
            if (result.ok() == 0) {
                throw new OpsFailure("no credit succeeded"
                        + (result.errors().isEmpty() ? "" : ": " + ResultReport.errors(result.errors())));
            }
            return ExitCodes.OK;
        } finally {
            pollerThreads.shutdownNow();
            pollerThreads.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
