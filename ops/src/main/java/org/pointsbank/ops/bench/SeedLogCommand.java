package org.pointsbank.ops.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.pointsbank.ops.DurationConverter;
import org.pointsbank.ops.ExitCodes;
import org.pointsbank.ops.ProgressPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bench seed-log}: a large event log made through the command side, cards then activity closes. */
@Command(
        name = "seed-log",
        mixinStandardHelpOptions = true,
        description = {
            "Grow the service's event log to --events events through its API, as admin.",
            "Issues --cards cards round-robin over stations bench-01... (--concurrency at once; the cards file "
                    + "lists them, for run and lag), then repeats, --activities-at-once at a time: plan a "
                    + "VOLUNTEER activity on a past day, enter --minutes on paper for --attendees cards with room "
                    + "that day (--attendance-batch a request), close it. Stops once the log holds --events "
                    + "(the service's log head). Run it again to go on: the cards file is kept and the log "
                    + "counted where it stands."
        })
final class SeedLogCommand implements Callable<Integer> {

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkloadOptions workload;

    @Option(names = "--stations", defaultValue = "5", description = "Stations bench-01... Default: ${DEFAULT-VALUE}")
    int stations;

    @Option(names = "--cards", defaultValue = "100000", description = "Cards. Default: ${DEFAULT-VALUE}")
    int cards;

    @Option(
            names = "--events",
            defaultValue = "1000000",
            description = "Events the log should hold at the end. Default: ${DEFAULT-VALUE}")
    long events;

    @Option(
            names = "--concurrency",
            defaultValue = "16",
            description = "Card issues at once. Default: ${DEFAULT-VALUE}")
    int concurrency;

    @Option(
            names = "--activities-at-once",
            defaultValue = "3",
            description = "Activities being filled and closed at once. Default: ${DEFAULT-VALUE}")
    int activitiesAtOnce;

    @Option(
            names = "--attendees",
            defaultValue = "1000",
            description = "Attendees an activity. Default: ${DEFAULT-VALUE}")
    int attendees;

    @Option(
            names = "--minutes",
            defaultValue = "60",
            description = "Volunteer minutes each attendee is credited (the activity's planned length). "
                    + "Default: ${DEFAULT-VALUE}")
    int minutes;

    @Option(
            names = "--attendance-batch",
            defaultValue = "100",
            description = "Entries per paper-attendance request. Default: ${DEFAULT-VALUE}")
    int attendanceBatch;

    @Option(
            names = "--close-timeout",
            defaultValue = "10m",
            converter = DurationConverter.class,
            description = "A close answered 202: how long to send it again for its 200. Default: ${DEFAULT-VALUE}")
    Duration closeTimeout;

    @Option(
            names = "--poll-interval",
            defaultValue = "200ms",
            converter = DurationConverter.class,
            description = "Between a close answered 202 and the next. Default: ${DEFAULT-VALUE}")
    Duration pollInterval;

    @Option(
            names = "--save-every",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "How often the cards file is written while seeding. Default: ${DEFAULT-VALUE}")
    Duration saveEvery;

    @Override
    public Integer call() throws InterruptedException {
        validate();
        PrintWriter err = spec.commandLine().getErr();
        BenchHttp http = bench.http(Math.max(concurrency, activitiesAtOnce), workload.requestTimeout, true);
        ProgressPrinter progress = new ProgressPrinter(err, System.console() != null, System::nanoTime);
        Seeder seeder = new Seeder(http, progress, System::nanoTime);
        LogCards cardsFile = new LogCards(seeder, workload.cardsFile, System::nanoTime, saveEvery.toNanos());
        long started = System.nanoTime();
        LogCards.Loaded loaded =
                cardsFile.load(cards, stations, concurrency, workload.today(), workload.backdatingDays);
        Duration cardsTook = Duration.ofNanos(System.nanoTime() - started);
        ActivityApi api = new ActivityApi(http);
        LogActivities activities = new LogActivities(
                api,
                new ActivityClose(api, System::nanoTime, Sleeper.parking(System::nanoTime), pollInterval, closeTimeout),
                loaded.cards(),
                loaded.caps(),
                stations,
                attendees,
                minutes,
                attendanceBatch);
        LogRun run = new LogRun(
                activities,
                new LogEvents(http),
                () -> cardsFile.save(loaded.cards(), loaded.caps()),
                saveEvery.toNanos(),
                System::nanoTime);
        long before;
        try {
            before = run.start(events, LogActivities.eventsPerActivity(attendees, attendanceBatch));
            seeder.parallel(activitiesAtOnce, run::work, run.failure, run::progressLine);
        } catch (IOException e) {
            throw seeder.unreachable(e);
        } finally {
            cardsFile.save(loaded.cards(), loaded.caps());
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> lines = run.summary(loaded, before, cardsTook);
        lines.forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }

    private void validate() {
        workload.validate();
        if (stations < 1 || cards < 1 || events < 0 || concurrency < 1 || activitiesAtOnce < 1) {
            throw usage("--stations, --cards, --concurrency and --activities-at-once must be positive, "
                    + "--events not negative");
        }
        if (attendees < 1 || attendees > 100_000 || attendanceBatch < 1) {
            throw usage("--attendees must be 1 to 100000, --attendance-batch at least 1");
        }
        if (minutes < 1 || minutes > DailyCaps.VOLUNTEER_CAP) {
            throw usage("--minutes must be 1 to " + DailyCaps.VOLUNTEER_CAP);
        }
        for (Duration duration : List.of(closeTimeout, pollInterval, saveEvery)) {
            if (duration.isZero() || duration.isNegative()) {
                throw usage("--close-timeout, --poll-interval and --save-every must be positive");
            }
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
