package org.pointsbank.ops.bench;

import java.net.URI;
import java.time.Duration;
import org.pointsbank.ops.PointsBankOps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: seed data, measure operations (alone, or credits and reads at once), read-model lag, replays, credits to deep cards, an activity's
 * close and self check-ins; {@code smoke}
 * checks the tool itself.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Load and benchmark a Points Bank service (see ops/README.md, \"Benchmarks\").",
            "Measure against the service started with SPRING_PROFILES_ACTIVE=benchmark."
        },
        subcommands = {
            SeedCommand.class,
            SeedLogCommand.class,
            RunCommand.class,
            MixedCommand.class,
            LagCommand.class,
            ReplayCommand.class,
            DeepCommand.class,
            FirstCreditCommand.class,
            ActivityCommand.class,
            CheckInsCommand.class,
            SmokeCommand.class
        })
public final class BenchCommand implements Runnable {

    @ParentCommand
    PointsBankOps ops;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "name a bench subcommand: seed, seed-log, run, mixed, lag, replay, deep, first-credit, activity, check-ins or smoke");
    }

    PointsBankOps ops() {
        return ops;
    }

    /** A pool of {@code clients} HTTP clients; with the global user and password when {@code authenticated}. */
    BenchHttp http(int clients, Duration timeout, boolean authenticated) {
        URI base = ops.baseUrl();
        return authenticated
                ? new BenchHttp(base, ops.user(), ops.password(), clients, timeout)
                : new BenchHttp(base, null, null, clients, timeout);
    }
}
