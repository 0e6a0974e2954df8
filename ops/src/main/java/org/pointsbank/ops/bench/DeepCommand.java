package org.pointsbank.ops.bench;

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
import java.util.function.Supplier;
import org.pointsbank.ops.DurationConverter;
import org.pointsbank.ops.Durations;
import org.pointsbank.ops.ExitCodes;
import org.pointsbank.ops.OpsFailure;
import org.pointsbank.ops.ProgressPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bench deep}: credits to a card with many events against credits to a fresh one, in alternating rounds. */
@Command(
        name = "deep",
        mixinStandardHelpOptions = true,
        description = {
            "Compare credits to a card with many events with credits to a fresh card (snapshots, "
                    + "aggregate cache).",
            "As admin: creates --station if missing; issues a card and fills it to --events events with "
                    + "credit+reversal pairs from --clients workers (or reuses --card, topped up to --events); "
                    + "then --rounds rounds of closed-loop credit+reversal pairs, --duration on a fresh card, "
                    + "then --duration on the deep card. Prints credits/s and credit latency per card and the "
                    + "ratio deep/fresh credits/s; JSON to --json.",
            "With --months N the fill is dated over the previous N calendar months (as far back as "
                    + "--max-backdating-days reaches); those months are then closed and one credit dated today "
                    + "lets the card settle them before the rounds. Closing months affects the whole ledger: "
                    + "use a data directory of its own. With --jdbc-url the deep card's latest snapshot (its "
                    + "sequence number and size) is read before and after the rounds."
        })
final class DeepCommand implements Callable<Integer> {

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--station",
            defaultValue = "bench-01",
            description = "Station that issues and credits the cards; created when missing. Default: ${DEFAULT-VALUE}")
    String station;

    @Option(
            names = "--card",
            description = "Reuse this card as the deep card (its events counted from its "
                    + "statement; topped up to --events when fewer) instead of issuing and filling a new one.")
    String card;

    @Option(
            names = "--events",
            defaultValue = "100000",
            description = "Events of the deep card: CardIssued, one "
                    + "per credit, one per reversal. Default: ${DEFAULT-VALUE}")
    long events;

    @Option(
            names = "--clients",
            defaultValue = "8",
            description = "Workers filling the deep card. Default: ${DEFAULT-VALUE}")
    int clients;

    @Option(
            names = "--rounds",
            defaultValue = "3",
            description = "Rounds, each the fresh card then the deep card. " + "Default: ${DEFAULT-VALUE}")
    int rounds;

    @Option(
            names = "--duration",
            defaultValue = "20s",
            converter = DurationConverter.class,
            description = "Measured time per card and round. Default: ${DEFAULT-VALUE}")
    Duration duration;

    @Option(
            names = "--warmup",
            defaultValue = "5s",
            converter = DurationConverter.class,
            description =
                    "Pairs before measuring each card, first round only; results discarded. Default: ${DEFAULT-VALUE}")
    Duration warmup;

    @Option(
            names = "--measure-clients",
            defaultValue = "1",
            description = "Closed-loop clients on the card being measured. Default: ${DEFAULT-VALUE}")
    int measureClients;

    @Option(
            names = "--zone",
            defaultValue = "${env:POINTSBANK_ZONE:-Asia/Shanghai}",
            description = "The service's business zone (POINTSBANK_ZONE), where today is. Default: ${DEFAULT-VALUE}")
    String zone;

    @Option(
            names = "--request-timeout",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "Timeout of one HTTP request (and of connecting). Default: ${DEFAULT-VALUE}")
    Duration requestTimeout;

    @Option(names = "--json", description = "Also write the result as JSON to this file.")
    Path json;

    @Option(
            names = "--months",
            defaultValue = "0",
            description = "Date the fill over the previous N months, then close them (0: all today). "
                    + "Default: ${DEFAULT-VALUE}")
    int months;

    @Option(
            names = "--max-backdating-days",
            defaultValue = "60",
            description =
                    "The service's backdating limit (pointsbank.policy); with --months. Default: ${DEFAULT-VALUE}")
    int maxBackdatingDays;

    @Mixin
    SnapshotOptions snapshots;

    @Override
    public Integer call() throws InterruptedException {
        validate();
        ZoneId businessZone = zoneId();
        Supplier<LocalDate> today = () -> LocalDate.now(businessZone);
        PrintWriter err = spec.commandLine().getErr();
        BenchHttp http = bench.http(clients, requestTimeout, true);
        Seeder seeder = new Seeder(
                http, new ProgressPrinter(err, System.console() != null, System::nanoTime), System::nanoTime);
        seeder.createStation(station, "Bench station " + station);

        BenchCard deep = card == null ? issue(seeder) : new BenchCard(card, station);
        long had = card == null ? 1 : counted(seeder, http);
        err.printf(
                Locale.ROOT,
                "bench deep: deep card %s (%s, %d events; pass --card %s to reuse it), target %d " + "events, at %s%n",
                deep.cardId(),
                card == null ? "new" : "reused",
                had,
                deep.cardId(),
                events,
                bench.ops().baseUrl());
        err.flush();
        CreditReversal deepRequests = new CreditReversal(http, deep, today);
        DeepMonths backdated = months == 0 ? null : backdated(today.get());
        DeepFill fill = backdated == null
                ? new DeepFill(deepRequests, had, events, System::nanoTime)
                : new DeepFill(deepRequests, had, events, System::nanoTime, pair -> backdated.dayOf(pair, pairs(had)));
        fill.run(seeder, clients);
        DeepSettle.Settled settled = backdated == null ? null : settle(seeder, http, deepRequests, backdated, err);
        Optional<SnapshotSize> snapshotBefore = snapshots.read(deep.cardId(), err, "before the rounds");

        BenchCard fresh = issue(seeder);
        err.printf(
                Locale.ROOT,
                "bench deep: fresh card %s; %d rounds of the fresh card then the deep card, "
                        + "%d clients, warm-up %s (first round), then measuring %s each%n",
                fresh.cardId(),
                rounds,
                measureClients,
                Durations.format(warmup),
                Durations.format(duration));
        err.flush();
        DeepRounds measurement = new DeepRounds(
                bench.http(measureClients, requestTimeout, true),
                measureClients,
                rounds,
                warmup,
                duration,
                today,
                System::nanoTime,
                err);
        List<DeepResult> results = measurement.run(fresh, deep, had + fill.added() + (settled == null ? 0 : 2));
        Optional<SnapshotSize> snapshotAfter = snapshots.read(deep.cardId(), err, "after the rounds");
        DeepResult freshResult = results.get(0);
        DeepResult deepResult = results.get(1);
        double ratio = DeepResult.ratio(freshResult, deepResult);

        PrintWriter out = spec.commandLine().getOut();
        ResultReport.deepTable(results).forEach(out::println);
        out.printf(
                Locale.ROOT,
                "deep/fresh credits/s: %s (deep card %s: %d events)%n",
                Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2f", ratio),
                deepResult.cardId(),
                deepResult.events());
        out.flush();
        if (json != null) {
            RunCommand.write(
                    json,
                    ResultReport.pretty(DeepReport.json(
                            this, results, ratio, fill, measurement.rounds(), settled, snapshotBefore, snapshotAfter)));
        }
        for (DeepResult result : results) {
            if (result.credits().ok() == 0) {
                throw new OpsFailure("no credit to the " + result.kind() + " card succeeded"
                        + (result.credits().errors().isEmpty()
                                ? ""
                                : ": " + ResultReport.errors(result.credits().errors())));
            }
        }
        return ExitCodes.OK;
    }

    private BenchCard issue(Seeder seeder) throws InterruptedException {
        try {
            return seeder.issueCard(station);
        } catch (IOException e) {
            throw seeder.unreachable(e);
        }
    }

    private long counted(Seeder seeder, BenchHttp http) throws InterruptedException {
        try {
            return CreditReversal.countEvents(http, card);
        } catch (IOException e) {
            throw seeder.unreachable(e);
        }
    }

    private DeepMonths backdated(LocalDate today) {
        try {
            return DeepMonths.before(today, months, maxBackdatingDays);
        } catch (IllegalArgumentException e) {
            throw usage("--months: " + e.getMessage());
        }
    }

    private long pairs(long had) {
        return (Math.max(0, events - had) + 1) / 2;
    }

    private DeepSettle.Settled settle(
            Seeder seeder, BenchHttp http, CreditReversal deep, DeepMonths backdated, PrintWriter err)
            throws InterruptedException {
        try {
            return new DeepSettle(new PeriodCloser(http, System::nanoTime), deep, System::nanoTime).run(backdated, err);
        } catch (IOException e) {
            throw seeder.unreachable(e);
        }
    }

    private ZoneId zoneId() {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw usage("--zone: " + e.getMessage());
        }
    }

    private void validate() {
        if (months < 0 || maxBackdatingDays < 1) {
            throw usage("--months must not be negative and --max-backdating-days at least 1");
        }
        if (events < 1 || clients < 1 || rounds < 1 || measureClients < 1) {
            throw usage("--events, --clients, --rounds and --measure-clients must be at least 1");
        }
        if (duration.isZero() || duration.isNegative() || warmup.isNegative()) {
            throw usage("--duration must be positive and --warmup not negative");
        }
        if (requestTimeout.isZero() || requestTimeout.isNegative()) {
            throw usage("--request-timeout must be positive");
        }
        if (station.isBlank() || (card != null && card.isBlank())) {
            throw usage("--station and --card must not be blank");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
