package org.pointsbank.ops.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pointsbank.ops.DurationConverter;
import org.pointsbank.ops.ExitCodes;
import org.pointsbank.ops.Json;
import org.pointsbank.ops.RebuildCommand;
import org.pointsbank.ops.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bench replay}: a projection rebuild timed by the client, from the request until LIVE with no lag. */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Time a projection rebuild: events replayed, seconds, events/s.",
            "Rebuilds as `rebuild` does, measured here from the POST until the projection is LIVE with lag 0."
        })
final class ReplayCommand implements Callable<Integer> {

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--projection", defaultValue = "card_balance", description = "Default: ${DEFAULT-VALUE}")
    String projection;

    @Option(
            names = "--timeout",
            defaultValue = "1h",
            converter = DurationConverter.class,
            description = "Give up (exit code 1) when not live after this long. Default: ${DEFAULT-VALUE}")
    Duration timeout;

    @Option(
            names = "--poll-interval",
            defaultValue = "100ms",
            converter = DurationConverter.class,
            description = "How often to ask for progress: the resolution of the timing. Default: ${DEFAULT-VALUE}")
    Duration pollInterval;

    @Option(names = "--json", description = "Also write the result as JSON to this file.")
    Path json;

    @Override
    public Integer call() throws InterruptedException {
        if (pollInterval.isZero() || pollInterval.isNegative()) {
            throw new ParameterException(spec.commandLine(), "--poll-interval must be positive");
        }
        RebuildCommand.Rebuilt rebuilt = RebuildCommand.rebuild(
                bench.ops(),
                projection,
                timeout,
                pollInterval,
                spec.commandLine().getErr());
        double seconds = rebuilt.elapsed().toNanos() / 1e9;
        new Table("PROJECTION", "EVENTS", "SECONDS", "EVENTS/S")
                .alignRight(1, 2, 3)
                .row(
                        projection,
                        rebuilt.position(),
                        String.format(Locale.ROOT, "%.2f", seconds),
                        String.format(Locale.ROOT, "%.0f", rebuilt.eventsPerSecond()))
                .lines()
                .forEach(spec.commandLine().getOut()::println);
        if (json != null) {
            RunCommand.write(
                    json,
                    ResultReport.pretty(Json.MAPPER
                            .createObjectNode()
                            .put("projection", projection)
                            .put("events", rebuilt.position())
                            .put("seconds", Math.round(seconds * 1000) / 1000.0)
                            .put("eventsPerSecond", Math.round(rebuilt.eventsPerSecond() * 10) / 10.0)));
        }
        return ExitCodes.OK;
    }
}
