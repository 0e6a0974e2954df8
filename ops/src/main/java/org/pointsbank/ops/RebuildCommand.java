package org.pointsbank.ops;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Starts a projection rebuild and follows it, with a progress bar, until the projection is live again. */
@Command(
        name = "rebuild",
        mixinStandardHelpOptions = true,
        description = "Rebuild a projection from the event log and wait until it is LIVE with no lag.")
public final class RebuildCommand implements Callable<Integer> {

    static final int BAR_WIDTH = 20;
    private static final String STATUS_REBUILDING = "REBUILDING";

    @ParentCommand
    PointsBankOps ops;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<projection>", description = "The projection (its table name), e.g. card_balance.")
    String projection;

    @Option(
            names = "--timeout",
            defaultValue = "1h",
            converter = DurationConverter.class,
            description = "Give up (exit code 1) when not live after this long. Default: ${DEFAULT-VALUE}")
    Duration timeout;

    @Option(
            names = "--poll-interval",
            defaultValue = "500ms",
            converter = DurationConverter.class,
            description = "How often to ask for progress. Default: ${DEFAULT-VALUE}")
    Duration pollInterval;

    /** A finished rebuild: LIVE with no lag at {@code position}, {@code elapsed} after the rebuild was requested. */
    public record Rebuilt(String projection, long position, Duration elapsed) {

        public double eventsPerSecond() {
            return position / seconds(elapsed.toNanos());
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        if (pollInterval.isZero() || pollInterval.isNegative()) {
            throw new ParameterException(spec.commandLine(), "--poll-interval must be positive");
        }
        Rebuilt rebuilt = rebuild(
                ops, projection, timeout, pollInterval, spec.commandLine().getErr());
        spec.commandLine().getOut().println(summary(rebuilt));
        return ExitCodes.OK;
    }

    /**
     * Requests the rebuild and follows it, with the progress line on {@code err}, until the projection is
     * LIVE with no lag; {@link OpsFailure} when it is not after {@code timeout}. Also used by {@code bench replay}.
     */
    public static Rebuilt rebuild(
            PointsBankOps ops, String projection, Duration timeout, Duration pollInterval, PrintWriter err)
            throws InterruptedException {
        OpsClient client = ops.client();
        String path = "/api/v1/admin/projections/" + OpsClient.segment(projection);
        ProgressPrinter progress = new ProgressPrinter(err, System.console() != null, System::nanoTime);
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();

        client.post(path + "/rebuild");
        while (true) {
            ProjectionStatus status = client.get(path, ProjectionStatus.class);
            long now = System.nanoTime();
            String line = line(projection, status, now - started);
            if (status.caughtUp()) {
                progress.finish(line);
                return new Rebuilt(projection, status.positionOrZero(), Duration.ofNanos(now - started));
            }
            if (now - deadline >= 0) {
                progress.finish(line);
                throw new OpsFailure(String.format(
                        Locale.ROOT,
                        "%s is not live after %s (status %s, position %d of %d)",
                        projection,
                        Durations.format(timeout),
                        status.status(),
                        status.positionOrZero(),
                        status.headOrZero()));
            }
            progress.update(line);
            Thread.sleep(Math.max(1, Math.min(pollInterval.toMillis(), (deadline - now) / 1_000_000)));
        }
    }

    private static String line(String projection, ProjectionStatus status, long elapsedNanos) {
        double rate = status.eventsPerSecond() != null
                ? status.eventsPerSecond()
                : status.positionOrZero() / seconds(elapsedNanos);
        String line =
                projection + " " + ProgressBar.render(status.positionOrZero(), status.headOrZero(), rate, BAR_WIDTH);
        boolean usual = STATUS_REBUILDING.equals(status.status()) || ProjectionStatus.LIVE.equals(status.status());
        return usual ? line : line + "  (" + status.status() + ")";
    }

    private static String summary(Rebuilt rebuilt) {
        return String.format(
                Locale.ROOT,
                "%s rebuilt: LIVE at position %d, %d events in %s, %d ev/s on average",
                rebuilt.projection(),
                rebuilt.position(),
                rebuilt.position(),
                Durations.format(rebuilt.elapsed()),
                (long) rebuilt.eventsPerSecond());
    }

    private static double seconds(long nanos) {
        return Math.max(nanos, 1) / 1e9;
    }
}
