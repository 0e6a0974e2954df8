package org.pointsbank.ops.bench;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.pointsbank.ops.ExitCodes;
import org.pointsbank.ops.ProgressPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bench seed}: stations, cards and skewed credits within the daily caps; writes the cards file. */
@Command(
        name = "seed",
        mixinStandardHelpOptions = true,
        description = {
            "Seed benchmark data as admin: stations, cards, skewed credits within the daily caps.",
            "Stations bench-01... (existing ones are fine), cards round-robin over them, then credits to cards "
                    + "picked with --skew: 6 volunteer minutes on a day in [today-N, today] with room, a study "
                    + "session when a card has no volunteer room left, else another card. Writes --cards-file "
                    + "for run and lag."
        })
final class SeedCommand implements Callable<Integer> {

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkloadOptions workload;

    @Option(names = "--stations", defaultValue = "10", description = "Stations bench-01... Default: ${DEFAULT-VALUE}")
    int stations;

    @Option(names = "--cards", defaultValue = "2000", description = "Cards to issue. Default: ${DEFAULT-VALUE}")
    int cards;

    @Option(names = "--events", defaultValue = "100000", description = "Credits to record. Default: ${DEFAULT-VALUE}")
    long events;

    @Option(names = "--concurrency", defaultValue = "8", description = "Requests at once. Default: ${DEFAULT-VALUE}")
    int concurrency;

    @Override
    public Integer call() throws InterruptedException {
        workload.validate();
        if (stations < 1 || cards < 1 || events < 0 || concurrency < 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--stations, --cards and --concurrency must be positive, --events not negative");
        }
        SeedPlan plan = new SeedPlan(
                stations,
                cards,
                events,
                workload.skew,
                concurrency,
                workload.today(),
                workload.backdatingDays,
                workload.cardsFile);
        PrintWriter err = spec.commandLine().getErr();
        BenchHttp http = bench.http(concurrency, workload.requestTimeout, true);
        Seeded seeded = new Seeder(
                        http, new ProgressPrinter(err, System.console() != null, System::nanoTime), System::nanoTime)
                .seed(plan);
        PrintWriter out = spec.commandLine().getOut();
        out.println(seeded.summary(plan));
        if (seeded.errorCount() > 0) {
            out.println("errors: " + ResultReport.errors(seeded.errors()));
            return ExitCodes.ERROR;
        }
        return ExitCodes.OK;
    }
}
