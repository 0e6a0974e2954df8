package org.pointsbank.ops.drill;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.pointsbank.ops.DurationConverter;
import org.pointsbank.ops.ExitCodes;
import org.pointsbank.ops.OpsFailure;
import org.pointsbank.ops.PointsBankOps;
import org.pointsbank.ops.bench.BenchHttp;
import org.pointsbank.ops.bench.DailyCaps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code drill cluster}: the two-instance drill of issue 18. Loads the instances (directly, or through a balancer),
 * waits for the read side to agree, runs the audits, prints the figures; exit 0 only when every check passed.
 */
@Command(
        name = "cluster",
        mixinStandardHelpOptions = true,
        description = {
            "Two or more instances on one PostgreSQL: keyed credits (some sent again to another instance with the "
                    + "same key) and redemptions placed on one instance and finished on another, then: nothing "
                    + "lost, nothing doubled, every hold released or redeemed, reconciliation zero, the chain intact.",
            "Exit 0 when every check passed, 2 when one failed, 1 when the drill could not run."
        })
final class ClusterDrillCommand implements Callable<Integer> {

    @ParentCommand
    DrillCommand drill;

    @Spec
    CommandSpec spec;

    @Option(names = "--urls", required = true, split = ",", description = "The instances, each directly.")
    List<URI> urls;

    @Option(names = "--via", description = "A load balancer in front of them (ops/deploy): the load goes through it.")
    URI via;

    @Option(names = "--split", defaultValue = "alternate", description = "Without --via: alternate or random.")
    String split;

    @Option(names = "--clients", defaultValue = "50", description = "Default: ${DEFAULT-VALUE}")
    int clients;

    @Option(names = "--credits", defaultValue = "200", description = "Per client. Default: ${DEFAULT-VALUE}")
    int credits;

    @Option(names = "--cards", defaultValue = "20", description = "Default: ${DEFAULT-VALUE}")
    int cards;

    @Option(names = "--redemptions", defaultValue = "40", description = "Default: ${DEFAULT-VALUE}")
    int redemptions;

    @Option(
            names = "--resend-every",
            defaultValue = "10",
            description = "Every n-th acknowledged credit is sent again to another instance (0: none). "
                    + "Default: ${DEFAULT-VALUE}")
    int resendEvery;

    @Option(
            names = "--settle",
            defaultValue = "60s",
            converter = DurationConverter.class,
            description = "How long the read side may take to agree. Default: ${DEFAULT-VALUE}")
    Duration settle;

    @Option(
            names = "--instance-may-die",
            description = "An instance is killed on purpose during the drill (the crash drill): attempts that got no "
                    + "answer (connection refused or reset) are counted, and retried, but do not fail the drill.")
    boolean instanceMayDie;

    @Option(
            names = "--run-id",
            description = "Names the drill's station (drill-<id>) and its keys; default: a random one. Lowercase "
                    + "letters and digits.")
    String runId;

    @Option(
            names = "--zone",
            defaultValue = "${env:POINTSBANK_ZONE:-Asia/Shanghai}",
            description = "The service's zone. Default: ${DEFAULT-VALUE}")
    String zone;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!"alternate".equals(split) && !"random".equals(split)) {
            throw new ParameterException(spec.commandLine(), "--split must be alternate or random, not " + split);
        }
        if (urls.size() < 2) {
            throw new ParameterException(spec.commandLine(), "--urls needs at least two instances");
        }
        DrillPlan plan;
        try {
            plan = new DrillPlan(
                    clients, credits, cards, redemptions, resendEvery, today(), DailyCaps.MAX_BACKDATING_DAYS, settle);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (runId != null && !runId.matches("[a-z0-9]{1,40}")) {
            throw new ParameterException(spec.commandLine(), "--run-id: lowercase letters and digits, at most 40");
        }
        PointsBankOps ops = drill.ops();
        List<BenchHttp> direct = new ArrayList<>();
        for (URI url : urls) {
            direct.add(client(url, ops));
        }
        Targets targets = new Targets(direct, via == null ? null : client(via, ops), "random".equals(split));
        PrintWriter out = spec.commandLine().getOut();
        DailyCaps caps = new DailyCaps(plan.cards(), plan.today(), plan.backdatingDays());
        DrillLedger ledger = DrillSetup.prepare(
                direct.get(0), plan, caps, runId, spec.commandLine().getErr());

        List<Map<String, Double>> countersBefore = ServiceMetrics.counters(direct);
        Tally tally = new Tally();
        ClusterLoad load = new ClusterLoad(plan, ledger, targets, caps, tally);
        long started = System.nanoTime();
        load.run();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        ClusterChecks read = new ClusterChecks(direct.get(0), ledger, load, tally, instanceMayDie);
        long settling = System.nanoTime();
        List<Check> checks = read.readSide();
        while (!checks.stream().allMatch(Check::ok)
                && System.nanoTime() - settling < plan.settle().toNanos()) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
            checks = read.readSide();
        }
        Duration settled = Duration.ofNanos(System.nanoTime() - settling);
        List<Check> all = new ArrayList<>(checks);
        all.addAll(read.answers());
        all.addAll(AuditChecks.run(direct.get(0)));
        Map<String, Double> serviceCounts = ServiceMetrics.difference(countersBefore, ServiceMetrics.counters(direct));

        String header = String.format(
                "cluster drill %s: %d instances %s; %d clients x %d credits on %d cards, %d redemptions",
                ledger.runId(),
                direct.size(),
                via == null ? "directly (" + split + ")" : "through " + via,
                plan.clients(),
                plan.credits(),
                plan.cards(),
                plan.redemptions());
        DrillReport.print(out, header, tally, load, took, serviceCounts, settled, all);
        List<String> failed = all.stream().filter(c -> !c.ok()).map(Check::name).toList();
        if (failed.isEmpty()) {
            out.println("cluster drill OK");
            return ExitCodes.OK;
        }
        out.println("cluster drill FAILED: " + String.join("; ", failed));
        out.flush();
        return ExitCodes.DISCREPANCY;
    }

    private BenchHttp client(URI url, PointsBankOps ops) {
        if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
            throw new ParameterException(spec.commandLine(), "not an http(s) URL: " + url);
        }
        return new BenchHttp(url, ops.user(), ops.password(), clients + 1, Duration.ofSeconds(30));
    }

    private LocalDate today() {
        try {
            return LocalDate.now(ZoneId.of(zone));
        } catch (DateTimeException e) {
            throw new OpsFailure("--zone: " + e.getMessage());
        }
    }
}
