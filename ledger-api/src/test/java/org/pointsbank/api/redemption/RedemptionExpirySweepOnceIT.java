package org.pointsbank.api.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.cluster.HeldLock;
import org.pointsbank.api.cluster.SkippedRuns;
import org.springframework.beans.factory.annotation.Autowired;

class RedemptionExpirySweepOnceIT extends IntegrationTest {

    @Autowired
    RedemptionExpirySweep sweep;

    @Autowired
    DataSource dataSource;

    @Autowired
    MeterRegistry meters;

    @Test
    void theScheduledSweepIsSkippedWhileAnotherInstanceHoldsItsLock() throws Exception {
        double before = SkippedRuns.of(meters, RedemptionExpirySweep.JOB);

        try (HeldLock other = new HeldLock(dataSource, RedemptionExpirySweep.JOB)) {
            sweep.scheduled();
        }

        assertThat(SkippedRuns.of(meters, RedemptionExpirySweep.JOB)).isGreaterThanOrEqualTo(before + 1);
    }
}
