package org.pointsbank.ops.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pointsbank.ops.DurationConverter;
import org.pointsbank.ops.Durations;
import org.pointsbank.ops.ExitCodes;
import org.pointsbank.ops.OpsFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bench run}: one operation, closed loop or fixed rate, warm-up discarded; a table and optional JSON. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Measure one operation: throughput, errors by status, latency percentiles.",
            "Operations: credit, read (the ledger API, authenticated); baseline-credit, baseline-read (the "
                    + "benchmark profile's bare endpoints, no authentication); baseline-c-credit (the benchmark "
                    + "profile's framework-free credit, authenticated, with a key); jdbc-credit, jdbc-read "
                    + "(PostgreSQL directly). Warm-up results are discarded; a table goes to stdout, JSON to --json."
        })
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkloadOptions workload;

    @Option(
            names = "--op",
            required = true,
            converter = BenchOp.Converter.class,
            description = "credit, read, baseline-credit, baseline-c-credit, baseline-read, jdbc-credit or jdbc-read")
    BenchOp op;

    @Option(
            names = "--mode",
            defaultValue = Measurement.CLOSED,
            description = "closed (each client sends again as soon as answered) or fixed (--rate per second, open "
                    + "loop, latency from the intended start). Default: ${DEFAULT-VALUE}")
    String mode;

    @Option(
            names = "--clients",
            defaultValue = "16",
            description = "Closed loop: concurrent clients. Both modes: HTTP clients (one connection each) or JDBC "
                    + "connections. Default: ${DEFAULT-VALUE}")
    int clients;

    @Option(names = "--rate", description = "Fixed mode: operations per second.")
    Double rate;

    @Option(
            names = "--max-in-flight",
            defaultValue = "256",
            description = "Fixed mode: at most this many operations started and not finished (those waiting for a "
                    + "free connection included); later ones start late, the wait counted. Default: ${DEFAULT-VALUE}")
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
            description =
                    "Load before measuring (JIT, caches, connections); its results are discarded. Default: ${DEFAULT-VALUE}")
    Duration warmup;

    @Option(names = "--json", description = "Also write the result as JSON to this file.")
    Path json;

    @Option(
            names = "--jdbc-url",
            description = "jdbc-*: e.g. jdbc:postgresql://localhost:PORT/postgres "
                    + "(PORT from the service log line `Embedded PostgreSQL on port PORT`).")
    String jdbcUrl;

    @Option(names = "--jdbc-user", defaultValue = "pointsbank_app", description = "jdbc-*: Default: ${DEFAULT-VALUE}")
    String jdbcUser;

    @Option(
            names = "--jdbc-password",
            defaultValue = "${env:PGPASSWORD}",
            description = "jdbc-*: password (env PGPASSWORD); the embedded PostgreSQL's is in "
                    + "<data-dir>/postgres-app.password.")
    String jdbcPassword;

    @Override
    public Integer call() throws InterruptedException {
        validate();
        CardsFile cardsFile = CardsFile.read(workload.cardsFile);
        DailyCaps caps = workload.caps(cardsFile);
        List<BenchCard> cards = cardsFile.cards();
        ZipfPicker picker = new ZipfPicker(cards.size(), workload.skew);
        List<JdbcSession> sessions = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Operation operation = operation(cards, picker, caps, sessions);
            err.printf(
                    Locale.ROOT,
                    "bench run %s: %s against %s, %d cards, warm-up %s, then measuring %s%n",
                    op,
                    describeMode(),
                    op.jdbc() ? jdbcUrl : bench.ops().baseUrl(),
                    cards.size(),
                    Durations.format(warmup),
                    Durations.format(duration));
            err.flush();
            BenchResult result = Measurement.FIXED.equals(mode)
                    ? Measurement.fixed(op.label(), operation, clients, rate, maxInFlight, warmup, duration)
                    : Measurement.closed(op.label(), operation, clients, warmup, duration);
            if (op == BenchOp.CREDIT) {
                CardsFile.write(workload.cardsFile, cards, caps);
            }
            ResultReport.table(List.of(result)).forEach(spec.commandLine().getOut()::println);
            if (json != null) {
                write(json, ResultReport.pretty(ResultReport.json(result)));
            }
            if (result.ok() == 0) {
                throw new OpsFailure("no " + op + " succeeded"
                        + (result.errors().isEmpty() ? "" : ": " + ResultReport.errors(result.errors())));
            }
            return ExitCodes.OK;
        } finally {
            sessions.forEach(JdbcSession::close);
        }
    }

    private Operation operation(List<BenchCard> cards, ZipfPicker picker, DailyCaps caps, List<JdbcSession> sessions) {
        return switch (op) {
            case CREDIT -> CreditOperation.ledger(http(), cards, picker, caps, null, System::nanoTime);
            case READ -> ReadOperation.ledger(http(), cards, picker);
            case BASELINE_CREDIT -> CreditOperation.baseline(http(), cards, picker, caps);
            case BASELINE_C_CREDIT -> CreditOperation.baselineC(http(), cards, picker, caps);
            case BASELINE_READ -> ReadOperation.baseline(http(), cards, picker);
            case JDBC_CREDIT -> new JdbcCreditOperation(jdbc(sessions, true), cards, picker, caps);
            case JDBC_READ -> new JdbcReadOperation(jdbc(sessions, false), cards, picker);
        };
    }

    private BenchHttp http() {
        return bench.http(clients, workload.requestTimeout, op.authenticated());
    }

    private Pool<JdbcSession> jdbc(List<JdbcSession> sessions, boolean transactions) {
        try {
            for (int i = 0; i < clients; i++) {
                sessions.add(JdbcSession.open(jdbcUrl, jdbcUser, jdbcPassword, transactions));
            }
        } catch (SQLException e) {
            throw new OpsFailure("cannot connect to " + jdbcUrl + " as " + jdbcUser + ": " + e.getMessage(), e);
        }
        return new Pool<>(sessions);
    }

    private String describeMode() {
        return Measurement.FIXED.equals(mode)
                ? String.format(
                        Locale.ROOT,
                        "fixed rate %s/s over %d connections, at most %d in flight",
                        rate,
                        clients,
                        maxInFlight)
                : "closed loop, " + clients + " clients";
    }

    private void validate() {
        workload.validate();
        if (!Measurement.CLOSED.equals(mode) && !Measurement.FIXED.equals(mode)) {
            throw usage("--mode must be closed or fixed, not " + mode);
        }
        if (clients < 1) {
            throw usage("--clients must be at least 1");
        }
        if (Measurement.FIXED.equals(mode) && (rate == null || !(rate > 0) || rate.isInfinite())) {
            throw usage("--mode fixed needs --rate, a positive number of operations per second");
        }
        if (Measurement.CLOSED.equals(mode) && rate != null) {
            throw usage("--rate goes with --mode fixed");
        }
        if (maxInFlight < 1) {
            throw usage("--max-in-flight must be at least 1");
        }
        if (duration.isZero() || duration.isNegative() || warmup.isNegative()) {
            throw usage("--duration must be positive and --warmup not negative");
        }
        if (op.jdbc() && (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:"))) {
            throw usage("--op " + op + " needs --jdbc-url jdbc:postgresql://localhost:PORT/postgres");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OpsFailure("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
