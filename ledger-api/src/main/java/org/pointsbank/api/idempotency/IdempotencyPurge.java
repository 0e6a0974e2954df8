package org.pointsbank.api.idempotency;

import java.time.Clock;
import org.pointsbank.api.cluster.ClusterOnce;
import org.pointsbank.api.config.PointsBankProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets idempotency keys older than the configured retention (24 h by default), on one instance at a time. */
@Component
class IdempotencyPurge {

    /** The job's name across instances: its advisory lock and its {@code pointsbank.scheduled.skipped} tag. */
    static final String JOB = "idempotency-purge";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final IdempotencyStore store;
    private final PointsBankProperties properties;
    private final Clock clock;
    private final ClusterOnce once;

    IdempotencyPurge(IdempotencyStore store, PointsBankProperties properties, Clock clock, ClusterOnce once) {
        this.once = once;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void purge() {
        once.run(JOB, this::purgeNow);
    }

    private void purgeNow() {
        int purged = store.purgeOlderThan(clock.instant().minus(properties.idempotencyRetention()));
        if (purged > 0) {
            log.info("Purged {} idempotency keys older than {}", purged, properties.idempotencyRetention());
        }
    }
}
