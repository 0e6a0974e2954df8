package org.pointsbank.api.check;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.pointsbank.api.cluster.ClusterOnce;
import org.pointsbank.api.cluster.NodeId;
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
 * other; a check that finds something is stored as FAILED and logged as an error. Each run names the instance by its
 * {@link NodeId}.
 *
 * <p>{@link ClusterOnce} only keeps two runs from overlapping: an instance whose clock is behind fires after the
 * first one finished and would run the checks again. A scheduled run therefore names its slot (the cron firing's
 * scheduled time, {@link CronSlots}); after taking the lock it skips each check already stored for that slot, and
 * the row's unique (check, slot) key stores one run a slot whatever happens in between.
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
    private final String instance;

    NightlyChecks(
            ChainVerifier verifier,
            BalanceReconciler reconciler,
            CheckRuns runs,
            ClusterOnce once,
            Clock clock,
            NodeId nodeId) {
        this.verifier = verifier;
        this.reconciler = reconciler;
        this.runs = runs;
        this.once = once;
        this.clock = clock;
        this.instance = nodeId.value();
    }

    /** Both checks on demand, unless another instance is running them; answers whether they ran here. */
    public boolean run() {
        return run(null);
    }

    /**
     * Both checks for the schedule slot {@code slot} (null: on demand), unless another instance is running them or
     * ran them for that slot; answers whether any ran here.
     */
    public boolean run(Instant slot) {
        AtomicBoolean ran = new AtomicBoolean();
        boolean locked = once.run(JOB, () -> {
            boolean chain = check(CheckName.CHAIN, slot, () -> {
                Verification v = verifier.verify();
                return new Figures(v.ok(), v.eventsChecked(), v.mismatches().size());
            });
            boolean reconciled = check(CheckName.RECONCILIATION, slot, () -> {
                Reconciliation r = reconciler.reconcile();
                return new Figures(r.ok(), r.cardsChecked(), r.differences().size());
            });
            ran.set(chain || reconciled);
        });
        return locked && ran.get();
    }

    private record Figures(boolean ok, long checked, long found) {}

    private boolean check(CheckName name, Instant slot, Supplier<Figures> body) {
        if (slot != null && runs.ranFor(name.tag(), slot)) {
            LOG.info("nightly check {} already ran for the slot of {}: skipped here", name.tag(), slot);
            return false;
        }
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
        return runs.append(run, slot);
    }
}
