package org.pointsbank.ops.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pointsbank.ops.DurationConverter;
import org.pointsbank.ops.Durations;
import org.pointsbank.ops.ExitCodes;
import org.pointsbank.ops.OpsFailure;
import org.pointsbank.ops.ProgressPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bench check-ins}: N volunteers check themselves in with the live code, an open loop over --over. */
@Command(
        name = "check-ins",
        mixinStandardHelpOptions = true,
        description = {
            "Measure self check-ins: --volunteers volunteers each send one check-in with the activity's live code.",
            "As admin: creates --station if missing, makes the volunteers (a card and a VOLUNTEER user each; "
                    + "reused from --volunteers-file), plans a VOLUNTEER activity today around now with self "
                    + "check-in, reads its code as staff and again as it changes, then sends the check-ins, each "
                    + "signed in as its volunteer, evenly over --over (open loop: latency from the intended "
                    + "start); cancels the activity. Prints the latency percentiles and errors (target p99 < 500 "
                    + "ms); JSON to --json."
        })
final class CheckInsCommand implements Callable<Integer> {

    /** The p99 the check-ins must stay under, in milliseconds (issue 15's target). */
    static final double TARGET_P99_MS = 500;

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--volunteers",
            defaultValue = "1000",
            description = "Check-ins, one per volunteer. Default: ${DEFAULT-VALUE}")
    int volunteers;

    @Option(
            names = "--over",
            defaultValue = "60s",
            converter = DurationConverter.class,
            description =
                    "Time the check-ins are spread over, evenly (1,000 over 60 s: 16.7/s). Default: ${DEFAULT-VALUE}")
    Duration over;

    @Option(
            names = "--station",
            defaultValue = "bench-01",
            description = "Station of the volunteers' cards and of the activity. Default: ${DEFAULT-VALUE}")
    String station;

    @Option(
            names = "--volunteers-file",
            defaultValue = "bench-volunteers.csv",
            description = "Volunteer accounts to reuse, and where new ones are added. Default: ${DEFAULT-VALUE}")
    Path volunteersFile;

    @Option(
            names = "--setup-clients",
            defaultValue = "16",
            description = "Concurrent requests making the volunteers. Default: ${DEFAULT-VALUE}")
    int setupClients;

    @Option(
            names = "--clients",
            defaultValue = "64",
            description = "HTTP connections the check-ins share. Default: ${DEFAULT-VALUE}")
    int clients;

    @Option(
            names = "--max-in-flight",
            defaultValue = "256",
            description = "At most this many check-ins outstanding; later ones start late, the wait counted. "
                    + "Default: ${DEFAULT-VALUE}")
    int maxInFlight;

    @Option(
            names = "--zone",
            defaultValue = "${env:POINTSBANK_ZONE:-Asia/Shanghai}",
            description = "The service's business zone (POINTSBANK_ZONE). Default: ${DEFAULT-VALUE}")
    String zone;

    @Option(
            names = "--request-timeout",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "Timeout of one HTTP request (and of connecting). Default: ${DEFAULT-VALUE}")
    Duration requestTimeout;

    @Option(names = "--json", description = "Also write the result as JSON to this file.")
    Path json;

    @Override
    public Integer call() throws InterruptedException {
        validate();
        ZoneId businessZone = zoneId();
        PrintWriter err = spec.commandLine().getErr();
        BenchHttp setup = bench.http(setupClients, requestTimeout, true);
        new Seeder(setup, new ProgressPrinter(err, System.console() != null, System::nanoTime), System::nanoTime)
                .createStation(station, "Bench station " + station);
        List<BenchVolunteer> accounts = new VolunteerAccounts(setup, setupClients, System::nanoTime)
                .ensure(station, volunteers, volunteersFile);
        ActivityApi staff = new ActivityApi(setup);
        try {
            ActivityWindow window = ActivityWindow.around(
                    ZonedDateTime.now(businessZone), Duration.ofMinutes(30), Duration.ofMinutes(90));
            String activityId = staff.plan(station, "Bench check-ins of " + volunteers, window, volunteers);
            BenchHttp shared = bench.http(clients, requestTimeout, false);
            List<ActivityApi> signedIn = accounts.stream()
                    .map(v -> new ActivityApi(shared.as(v.username(), v.password())))
                    .toList();
            double rate = volunteers / (over.toNanos() / 1e9);
            // exactly `volunteers` calls are due before the end: the last at (n - 1) / rate
            Duration measured = Duration.ofNanos((long) ((volunteers - 0.5) * 1e9 / rate));
            err.printf(
                    Locale.ROOT,
                    "bench check-ins: activity %s at %s, %d volunteers (%s), %.1f/s over %s, %d connections, at %s%n",
                    activityId,
                    station,
                    volunteers,
                    volunteersFile,
                    rate,
                    Durations.format(over),
                    clients,
                    setup.base());
            err.flush();
            BenchResult result;
            CheckInCodes codes = new CheckInCodes(staff, activityId, Clock.systemUTC()).start();
            try {
                result = Measurement.fixed(
                        "check-in",
                        new SelfCheckIn(signedIn, activityId, codes),
                        clients,
                        rate,
                        maxInFlight,
                        Duration.ZERO,
                        measured);
            } finally {
                codes.close();
            }
            cancel(staff, activityId, err);
            report(result, codes, activityId);
            if (result.errorCount() > 0 || result.ok() == 0) {
                throw new OpsFailure(result.errorCount() + " of " + volunteers + " check-ins failed"
                        + (result.errors().isEmpty() ? "" : ": " + ResultReport.errors(result.errors())));
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new OpsFailure(
                    "bench check-ins: " + setup.base() + " did not answer (" + e + "): is the service running, "
                            + "and is --url right?",
                    e);
        }
    }

    private void report(BenchResult result, CheckInCodes codes, String activityId) {
        PrintWriter out = spec.commandLine().getOut();
        ResultReport.table(List.of(result)).forEach(out::println);
        Latency latency = result.latency();
        out.printf(
                Locale.ROOT,
                "check-ins: %d of %d, p50 %s ms, p99 %s ms, errors %d; code read %d times (%d failed) "
                        + "(target p99 < %.0f ms: %s)%n",
                result.ok(),
                volunteers,
                latency.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f", latency.p50()),
                latency.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f", latency.p99()),
                result.errorCount(),
                codes.reads(),
                codes.failedReads(),
                TARGET_P99_MS,
                latency.isEmpty()
                        ? "not measured"
                        : latency.p99() < TARGET_P99_MS && result.errorCount() == 0 ? "met" : "not met");
        out.flush();
        if (json != null) {
            ObjectNode node = ResultReport.json(result)
                    .put("stationId", station)
                    .put("activityId", activityId)
                    .put("volunteers", volunteers)
                    .put("overSeconds", over.toMillis() / 1000.0)
                    .put("codeReads", codes.reads())
                    .put("codeReadsFailed", codes.failedReads())
                    .put("targetP99Ms", TARGET_P99_MS)
                    .put("met", !latency.isEmpty() && latency.p99() < TARGET_P99_MS && result.errorCount() == 0);
            RunCommand.write(json, ResultReport.pretty(node));
        }
    }

    /** Leaves no open activity behind; one that cannot be cancelled is only reported. */
    private static void cancel(ActivityApi staff, String activityId, PrintWriter err)
            throws IOException, InterruptedException {
        HttpAnswer answer = staff.cancel(activityId);
        if (!answer.isSuccess()) {
            err.println("bench check-ins: cancelling activity " + activityId + " answered " + answer.errorKey()
                    + "; it stays open");
            err.flush();
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
        if (volunteers < 1 || clients < 1 || setupClients < 1 || maxInFlight < 1) {
            throw usage("--volunteers, --clients, --setup-clients and --max-in-flight must be at least 1");
        }
        if (over.isZero() || over.isNegative() || requestTimeout.isZero() || requestTimeout.isNegative()) {
            throw usage("--over and --request-timeout must be positive");
        }
        if (station.isBlank()) {
            throw usage("--station must not be blank");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
