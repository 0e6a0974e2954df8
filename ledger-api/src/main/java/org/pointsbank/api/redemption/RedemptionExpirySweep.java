package org.pointsbank.api.redemption;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.pointsbank.api.cluster.ClusterOnce;
import org.pointsbank.api.config.PointsBankProperties;
import org.pointsbank.api.http.CommandMetadata;
import org.pointsbank.core.redemption.api.ExpireRedemption;
import org.pointsbank.projections.redemption.RedemptionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Expires redemptions whose hold ran out. The deadline is stored with the redemption (its {@code expiresAt}, in
 * the {@code redemption} read model kept in the recording transaction), not in a timer: a restarted service, or
 * another node, finds every deadline that passed while it was down. Each expiry is its own command; the
 * {@code Redemption} checks the time again and ignores one that is not due or already finished, so two nodes
 * sweeping at once, or a desk fulfilling at the same moment, are harmless; the scheduled sweep still runs on one
 * instance at a time ({@link ClusterOnce}, job {@value #JOB}).
 */
@Component
public class RedemptionExpirySweep implements SchedulingConfigurer {

    /** The actor the audit trail names for expiries. */
    public static final String ACTOR = "system:redemption-expiry";

    /** The job's name across instances: its advisory lock and its {@code pointsbank.scheduled.skipped} tag. */
    public static final String JOB = "redemption-expiry-sweep";

    private static final Logger LOG = LoggerFactory.getLogger(RedemptionExpirySweep.class);

    private final RedemptionRepository redemptions;
    private final CommandGateway commands;
    private final Clock clock;
    private final int batch;
    private final Duration interval;
    private final ClusterOnce once;

    public RedemptionExpirySweep(
            RedemptionRepository redemptions,
            CommandGateway commands,
            Clock clock,
            PointsBankProperties properties,
            ClusterOnce once) {
        this.once = once;
        this.redemptions = redemptions;
        this.commands = commands;
        this.clock = clock;
        this.batch = properties.redemptions().sweepBatch();
        this.interval = properties.redemptions().sweepInterval();
    }

    /** Every {@code pointsbank.redemptions.sweep-interval}, first one interval after start-up. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::scheduled, interval, interval));
    }

    void scheduled() {
        try {
            once.run(JOB, this::sweep);
        } catch (RuntimeException e) {
            // the database may be away; the deadlines are stored, the next sweep finds them again
            LOG.warn("redemption expiry sweep failed, retrying at the next interval: {}", e.toString());
        }
    }

    /** Expires what is due now; answers how many redemptions expired. */
    public int sweep() {
        List<String> due = redemptions.expiredBy(clock.instant(), batch);
        int expired = 0;
        for (String redemptionId : due) {
            Boolean done = commands.sendAndWait(new GenericCommandMessage<>(new ExpireRedemption(redemptionId))
                    .andMetaData(CommandMetadata.of(ACTOR, "expiry-" + UUID.randomUUID(), null)));
            if (Boolean.TRUE.equals(done)) {
                expired++;
            }
        }
        if (expired > 0) {
            LOG.info("expired {} gift redemptions past their hold", expired);
        }
        return expired;
    }
}
