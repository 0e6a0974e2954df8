package org.pointsbank.api.check;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import org.pointsbank.api.cluster.ClusterOnce;
import org.pointsbank.projections.audit.BalanceReconciler;
import org.pointsbank.projections.audit.ChainVerifier;
import org.pointsbank.projections.audit.Reconciliation;
import org.pointsbank.projections.audit.Verification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the chain verification, then the reconciliation, once across instances ({@link ClusterOnce}, job {@value
 * #JOB}), and appends each outcome to {@code check_run}. A check that throws is stored as ERROR and does not stop the
 * other; a check that finds something is stored as FAILED and logged as an error.
 */
@Component
public class NightlyChecks {

    /** The job's name in {@link ClusterOnce} and in {@code pointsbank.scheduled.skipped{job}}. */
    public static final String JOB = "nightly-checks";

    private static final Logger LOG = LoggerFactory.getLogger(NightlyChecks.class);
    private static final int MAX_ERROR = 500;

    private final ChainVerifier verifier;
    private final BalanceReconciler reconciler;
    private final CheckRuns runs;
    private final ClusterOnce once;
    private final Clock clock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    NightlyChecks(ChainVerifier verifier, BalanceReconciler reconciler, CheckRuns runs, ClusterOnce once, Clock clock) {
        this.verifier = verifier;
        this.reconciler = reconciler;
        this.runs = runs;
        this.once = once;
        this.clock = clock;
    }

    /** Both checks, unless another instance is running them; answers whether they ran here. */
    public boolean run() {
        return once.run(JOB, () -> {
            check(CheckName.CHAIN, () -> {
                Verification v = verifier.verify();
                return new Figures(v.ok(), v.eventsChecked(), v.mismatches().size());
            });
            check(CheckName.RECONCILIATION, () -> {
                Reconciliation r = reconciler.reconcile();
                return new Figures(r.ok(), r.cardsChecked(), r.differences().size());
            });
        });
    }

    private record Figures(boolean ok, long checked, long found) {}

    private void check(CheckName name, Supplier<Figures> body) {
        Instant started = clock.instant();
        CheckRun run;
        try {
            Figures figures = body.get();
            run = new CheckRun(
                    name.tag(),
                    started,
                    clock.instant(),
                    figures.ok() ? CheckOutcome.PASSED : CheckOutcome.FAILED,
                    figures.checked(),
                    figures.found(),
                    null,
                    instance);
            if (figures.ok()) {
                LOG.info("nightly check {} passed: {} checked", name.tag(), figures.checked());
            } else {
                LOG.error(
                        "nightly check {} FAILED: {} found in {} checked",
                        name.tag(),
                        figures.found(),
                        figures.checked());
            }
        } catch (RuntimeException e) {
            LOG.error("nightly check {} could not finish", name.tag(), e);
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            run = new CheckRun(
                    name.tag(),
                    started,
                    clock.instant(),
                    CheckOutcome.ERROR,
                    0,
                    0,
                    error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error,
                    instance);
        }
        runs.append(run);
    }
}
