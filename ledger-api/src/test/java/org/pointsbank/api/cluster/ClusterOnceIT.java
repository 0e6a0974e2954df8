package org.pointsbank.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class ClusterOnceIT extends IntegrationTest {

    @Autowired
    ClusterOnce once;

    @Autowired
    DataSource dataSource;

    @Autowired
    MeterRegistry meters;

    @Test
    void twoConcurrentRunsOfOneJobExecuteOnceAndTheLockIsFreeAfterwards() throws Exception {
        String job = "job-" + UUID.randomUUID();
        AtomicInteger executions = new AtomicInteger();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);

        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> once.run(job, () -> {
            executions.incrementAndGet();
            inside.countDown();
            await(leave);
        }));
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

        boolean second = once.run(job, executions::incrementAndGet);
        leave.countDown();

        assertThat(second).isFalse();
        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(executions).hasValue(1);
        assertThat(SkippedRuns.of(meters, job)).isEqualTo(1.0);
        assertThat(locksHeld(job)).isZero();

        assertThat(once.run(job, executions::incrementAndGet)).isTrue();
        assertThat(executions).hasValue(2);
    }

    @Test
    void aFailingJobReleasesTheLock() {
        String job = "job-" + UUID.randomUUID();

        assertThatThrownBy(() -> once.run(job, () -> {
                    throw new IllegalStateException("the job broke");
                }))
                .hasMessage("the job broke");

        assertThat(locksHeld(job)).isZero();
        AtomicInteger executions = new AtomicInteger();
        assertThat(once.run(job, executions::incrementAndGet)).isTrue();
        assertThat(executions).hasValue(1);
        assertThat(SkippedRuns.of(meters, job)).isZero();
    }

    @Test
    void aJobHeldByAnotherSessionIsSkippedUntilThatSessionLetsGo() throws Exception {
        String job = "job-" + UUID.randomUUID();
        AtomicInteger executions = new AtomicInteger();

        try (HeldLock other = new HeldLock(dataSource, job)) {
            assertThat(once.run(job, executions::incrementAndGet)).isFalse();
        }
        assertThat(executions).hasValue(0);
        assertThat(once.run(job, executions::incrementAndGet)).isTrue();
        assertThat(executions).hasValue(1);
    }

    @Test
    void theLockKeyIsTheSameOnEveryInstanceAndDiffersByJob() {
        assertThat(ClusterOnce.lockKey("redemption-expiry-sweep"))
                .isEqualTo(ClusterOnce.lockKey("redemption-expiry-sweep"));
        assertThat(ClusterOnce.lockKey("redemption-expiry-sweep"))
                .isNotEqualTo(ClusterOnce.lockKey("idempotency-purge"));
    }

    /** Sessions holding the job's lock, whichever pooled connection they are (a session may take its own twice). */
    private long locksHeld(String job) {
        return jdbc.queryForObject(
                "select count(*) from pg_locks where locktype = 'advisory' and classid = ?::oid and objid = ?::oid",
                Long.class,
                ClusterOnce.LOCK_SPACE,
                Integer.toUnsignedLong(ClusterOnce.lockKey(job)));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the job finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
