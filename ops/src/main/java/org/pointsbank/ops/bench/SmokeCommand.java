package org.pointsbank.ops.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pointsbank.ops.DurationConverter;
import org.pointsbank.ops.ExitCodes;
import org.pointsbank.ops.OpsFailure;
import org.pointsbank.ops.ProgressPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench smoke}: seconds long, for the test suite: seed a little, run credit and read closed-loop; exit 0
 * only when both did work and nothing failed.
 */
@Command(
        name = "smoke",
        mixinStandardHelpOptions = true,
        description = {
            "A seconds-long sanity run of the tool against a service; exit 0 when all worked.",
            "Seeds 1 station, 5 cards, 50 credits, then runs credit and read closed-loop (--duration each, "
                    + "--clients). Exit 0 when both had throughput and nothing failed, else 1."
        })
final class SmokeCommand implements Callable<Integer> {

    static final int CARDS = 5;
    static final int CREDITS = 50;

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--duration",
            defaultValue = "2s",
            converter = DurationConverter.class,
            description = "Of each of credit and read. Default: ${DEFAULT-VALUE}")
    Duration duration;

    @Option(names = "--clients", defaultValue = "2", description = "Default: ${DEFAULT-VALUE}")
    int clients;

    @Option(
            names = "--zone",
            defaultValue = "${env:POINTSBANK_ZONE:-Asia/Shanghai}",
            description = "Default: ${DEFAULT-VALUE}")
    String zone;

    @Override
    public Integer call() throws InterruptedException {
        if (clients < 1 || duration.isZero() || duration.isNegative()) {
            throw new ParameterException(spec.commandLine(), "--clients and --duration must be positive");
        }
        LocalDate today = today();
        Path cardsFile = temporaryCardsFile();
        try {
            BenchHttp http = bench.http(clients, Duration.ofSeconds(30), true);
            PrintWriter err = spec.commandLine().getErr();
            SeedPlan plan =
                    new SeedPlan(1, CARDS, CREDITS, 1.0, clients, today, DailyCaps.MAX_BACKDATING_DAYS, cardsFile);
            Seeded seeded =
                    new Seeder(http, new ProgressPrinter(err, false, System::nanoTime), System::nanoTime).seed(plan);
            PrintWriter out = spec.commandLine().getOut();
            out.println(seeded.summary(plan));

            CardsFile cards = CardsFile.read(cardsFile);
            DailyCaps caps = cards.caps(today, DailyCaps.MAX_BACKDATING_DAYS);
            ZipfPicker picker = new ZipfPicker(CARDS, 1.0);
            BenchResult credit = Measurement.closed(
                    "credit",
                    CreditOperation.ledger(http, cards.cards(), picker, caps, null, System::nanoTime),
                    clients,
                    Duration.ZERO,
                    duration);
            BenchResult read = Measurement.closed(
                    "read", ReadOperation.ledger(http, cards.cards(), picker), clients, Duration.ZERO, duration);
            ResultReport.table(List.of(credit, read)).forEach(out::println);

            List<String> problems = new ArrayList<>();
            if (seeded.errorCount() > 0) {
                problems.add(
                        "seed had " + seeded.errorCount() + " errors (" + ResultReport.errors(seeded.errors()) + ")");
            }
            for (BenchResult result : List.of(credit, read)) {
                if (result.ok() == 0) {
                    problems.add(result.op() + " had no throughput");
                }
                if (result.errorCount() > 0) {
                    problems.add(result.op() + " had " + result.errorCount() + " errors ("
                            + ResultReport.errors(result.errors()) + ")");
                }
            }
            if (!problems.isEmpty()) {
                throw new OpsFailure("smoke FAILED: " + String.join("; ", problems));
            }
            out.println("smoke OK");
            return ExitCodes.OK;
        } finally {
            try {
                Files.deleteIfExists(cardsFile);
            } catch (IOException ignored) {
                // a temporary file: the OS cleans up
            }
        }
    }

    private LocalDate today() {
        try {
            return LocalDate.now(ZoneId.of(zone));
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), "--zone: " + e.getMessage());
        }
    }

    private static Path temporaryCardsFile() {
        try {
            return Files.createTempFile("bench-smoke-cards", ".csv");
        } catch (IOException e) {
            throw new OpsFailure("cannot create a temporary cards file: " + e.getMessage(), e);
        }
    }
}
