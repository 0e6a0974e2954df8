package org.pointsbank.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.cluster.HeldLock;
import org.pointsbank.api.cluster.SkippedRuns;
import org.springframework.beans.factory.annotation.Autowired;

class IdempotencyPurgeOnceIT extends IntegrationTest {

    @Autowired
    IdempotencyPurge purge;

    @Autowired
    DataSource dataSource;

    @Autowired
    MeterRegistry meters;

    @Test
    void thePurgeIsSkippedWhileAnotherInstanceHoldsItsLock() throws Exception {
        double before = SkippedRuns.of(meters, IdempotencyPurge.JOB);

        try (HeldLock other = new HeldLock(dataSource, IdempotencyPurge.JOB)) {
            purge.purge();
        }

        assertThat(SkippedRuns.of(meters, IdempotencyPurge.JOB)).isGreaterThanOrEqualTo(before + 1);
    }
}
