package org.pointsbank.ops.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
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

/** {@code bench activity}: an activity of N attendees closed at once, against N single credits, in one run. */
@Command(
        name = "activity",
        mixinStandardHelpOptions = true,
        description = {
            "Time the close of an activity of --attendees attendees against as many single credits.",
            "As admin: creates --station if missing, issues 2 x --attendees cards (--clients at once), plans a "
                    + "VOLUNTEER activity today around now, checks the first half in and out (staff, by card id), "
                    + "enters --minutes for each on paper, sends one volunteer-hours credit of --minutes to each "
                    + "card of the other half (--clients at once), then closes the activity. Prints each step, "
                    + "the close's and the singles' wall time and their ratio (target <= 0.5); JSON to --json."
        })
final class ActivityCommand implements Callable<Integer> {

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--attendees", defaultValue = "1000", description = "Attendees. Default: ${DEFAULT-VALUE}")
    int attendees;

    @Option(
            names = "--station",
            defaultValue = "bench-01",
            description = "Station of the cards and the activity; created when missing. Default: ${DEFAULT-VALUE}")
    String station;

    @Option(
            names = "--clients",
            defaultValue = "16",
            description = "Concurrent clients issuing cards, checking in and out, and sending the singles. "
                    + "Default: ${DEFAULT-VALUE}")
    int clients;

    @Option(
            names = "--minutes",
            defaultValue = "60",
            description = "Minutes entered on paper for each attendee (at most the planned window) and of each "
                    + "single credit; 0 enters none, the close then credits the checked-in minutes. "
                    + "Default: ${DEFAULT-VALUE}")
    long minutes;

    @Option(
            names = "--attendance-batch",
            defaultValue = "100",
            description = "Entries per paper-attendance request. Default: ${DEFAULT-VALUE}")
    int attendanceBatch;

    @Option(
            names = "--zone",
            defaultValue = "${env:POINTSBANK_ZONE:-Asia/Shanghai}",
            description = "The service's business zone (POINTSBANK_ZONE), where today and the window are. "
                    + "Default: ${DEFAULT-VALUE}")
    String zone;

    @Option(
            names = "--settle-timeout",
            defaultValue = "60s",
            converter = DurationConverter.class,
            description = "Before the singles and before the close, wait at most this long for the read models "
                    + "to catch up (0s: do not wait). Default: ${DEFAULT-VALUE}")
    Duration settleTimeout;

    @Option(
            names = "--close-timeout",
            defaultValue = "10m",
            converter = DurationConverter.class,
            description = "A close answered 202: how long to send it again for its 200. Default: ${DEFAULT-VALUE}")
    Duration closeTimeout;

    @Option(
            names = "--poll-interval",
            defaultValue = "50ms",
            converter = DurationConverter.class,
            description = "Between a close answered 202 and the next, and between polls of the read models. "
                    + "Default: ${DEFAULT-VALUE}")
    Duration pollInterval;

    @Option(
            names = "--request-timeout",
            defaultValue = "120s",
            converter = DurationConverter.class,
            description = "Timeout of one HTTP request (and of connecting); the close is one request. "
                    + "Default: ${DEFAULT-VALUE}")
    Duration requestTimeout;

    @Option(names = "--json", description = "Also write the result as JSON to this file.")
    Path json;

    @Override
    public Integer call() throws InterruptedException {
        validate();
        ZoneId businessZone = zoneId();
        PrintWriter err = spec.commandLine().getErr();
        BenchHttp http = bench.http(clients, requestTimeout, true);
        Sleeper sleeper = Sleeper.parking(System::nanoTime);
        new Seeder(http, new ProgressPrinter(err, System.console() != null, System::nanoTime), System::nanoTime)
                .createStation(station, "Bench station " + station);
        ActivitySteps run = new ActivitySteps(http, clients, System::nanoTime);
        List<StepResult> steps = new ArrayList<>();
        try {
            List<String> cards = run.issueCards(station, 2 * attendees, steps);
            List<String> attending = cards.subList(0, attendees);
            List<String> singles = cards.subList(attendees, cards.size());
            ZonedDateTime now = ZonedDateTime.now(businessZone);
            ActivityWindow window = ActivityWindow.around(now, Duration.ofMinutes(30), Duration.ofMinutes(90));
            long paperMinutes = Math.min(minutes, window.plannedMinutes());
            String activityId =
                    run.api().plan(station, "Bench activity of " + attendees + " attendees", window, attendees);
            err.printf(
                    Locale.ROOT,
                    "bench activity: activity %s at %s, %s %s-%s, %d attendees, %d minutes each, %d clients, at %s%n",
                    activityId,
                    station,
                    window.date(),
                    window.start(),
                    window.end(),
                    attendees,
                    paperMinutes,
                    clients,
                    http.base());
            err.flush();
            List<String> checkedIn = run.checkIns(activityId, attending, steps);
            List<String> checkedOut = run.checkOuts(activityId, checkedIn, steps);
            if (paperMinutes > 0) {
                run.attendance(activityId, checkedOut, paperMinutes, attendanceBatch, steps);
            }
            ReadModelsQuiet quiet = new ReadModelsQuiet(http, System::nanoTime, sleeper, pollInterval, settleTimeout);
            settle(quiet, "the singles", err);
            run.singles(
                    station, singles, window.date(), paperMinutes > 0 ? paperMinutes : CreditOperation.MINUTES, steps);
            settle(quiet, "the close", err);
            CloseOutcome close = new ActivityClose(run.api(), System::nanoTime, sleeper, pollInterval, closeTimeout)
                    .close(activityId);
            ActivityReport.lines(steps, close).forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            if (json != null) {
                ObjectNode node = ActivityReport.json(steps, close);
                node.put("stationId", station)
                        .put("activityId", activityId)
                        .put("attendees", attendees)
                        .put("minutes", paperMinutes)
                        .put("clients", clients);
                RunCommand.write(json, ResultReport.pretty(node));
            }
            failIfIncomplete(steps, close);
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new OpsFailure(
                    "bench activity: " + http.base() + " did not answer (" + e + "): is the service running, and is "
                            + "--url right?",
                    e);
        }
    }

    private void settle(ReadModelsQuiet quiet, String before, PrintWriter err)
            throws IOException, InterruptedException {
        if (!settleTimeout.isZero() && !quiet.await()) {
            err.println("bench activity: the read models had not caught up after " + Durations.format(settleTimeout)
                    + " (or their list was refused); measuring " + before + " anyway");
            err.flush();
        }
    }

    /** Errors in any step or attendees refused: the figures are printed, but they are not the benchmark's. */
    private static void failIfIncomplete(List<StepResult> steps, CloseOutcome close) {
        StringJoiner problems = new StringJoiner("; ");
        for (StepResult step : steps) {
            if (step.errorCount() > 0) {
                problems.add(step.step() + " " + ResultReport.errors(step.errors()));
            }
        }
        if (close.refusedCount() > 0) {
            problems.add("close refused " + ResultReport.errors(close.refused()));
        }
        if (problems.length() > 0) {
            throw new OpsFailure("not every request succeeded: " + problems);
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
        if (attendees < 1 || clients < 1 || attendanceBatch < 1) {
            throw usage("--attendees, --clients and --attendance-batch must be at least 1");
        }
        if (minutes < 0 || minutes > 720) {
            throw usage("--minutes must be 0 to 720");
        }
        for (Duration duration : List.of(closeTimeout, pollInterval, requestTimeout)) {
            if (duration.isZero() || duration.isNegative()) {
                throw usage("--close-timeout, --poll-interval and --request-timeout must be positive");
            }
        }
        if (settleTimeout.isNegative()) {
            throw usage("--settle-timeout must not be negative");
        }
        if (station.isBlank()) {
            throw usage("--station must not be blank");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
