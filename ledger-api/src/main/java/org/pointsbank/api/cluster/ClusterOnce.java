package org.pointsbank.api.cluster;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one instance at a time: every instance on the same PostgreSQL may start it, the one that
 * takes the job's session-level advisory lock runs it, the others skip this run (a debug line and
 * {@code pointsbank.scheduled.skipped{job}}). The lock is held on one dedicated connection for the run and released
 * in a {@code finally}, so a failing job releases it too; an instance that dies mid-run loses its session, and with
 * it the lock.
 */
@Component
public class ClusterOnce {

    /** The advisory lock's first key: Points Bank's own space ("PBNK"), apart from any other user of the server. */
    public static final int LOCK_SPACE = 0x50424e4b;

    private static final Logger LOG = LoggerFactory.getLogger(ClusterOnce.class);

    private final DataSource dataSource;
    private final ObjectProvider<MeterRegistry> meters;

    public ClusterOnce(DataSource dataSource, ObjectProvider<MeterRegistry> meters) {
        this.dataSource = dataSource;
        this.meters = meters;
    }

    /** The job's advisory-lock key within {@link #LOCK_SPACE}: a CRC-32 of its name, the same on every instance. */
    public static int lockKey(String job) {
        CRC32 crc = new CRC32();
        crc.update(job.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    /**
     * Runs {@code body} unless another session holds the job's lock; answers whether it ran. Whatever the body
     * throws reaches the caller, after the lock is released.
     */
    public boolean run(String job, Runnable body) {
        try (Connection connection = dataSource.getConnection()) {
            if (!advisory(connection, "select pg_try_advisory_lock(?, ?)", job)) {
                LOG.debug("scheduled job {} skipped: another instance is running it", job);
                skipped(job);
                return false;
            }
            try {
                body.run();
                return true;
            } finally {
                unlock(connection, job);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not take the lock of scheduled job " + job, e);
        }
    }

    private static void unlock(Connection connection, String job) throws SQLException {
        try {
            if (!advisory(connection, "select pg_advisory_unlock(?, ?)", job)) {
                LOG.warn("scheduled job {} did not hold its lock at the end of its run", job);
            }
        } catch (SQLException e) {
            // never give a session that may still hold the lock back to the pool: closing it releases the lock
            connection.abort(Runnable::run);
            throw e;
        }
    }

    private static boolean advisory(Connection connection, String sql, String job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, LOCK_SPACE);
            statement.setInt(2, lockKey(job));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private void skipped(String job) {
        meters.ifAvailable(registry -> Counter.builder("pointsbank.scheduled.skipped")
                .description("scheduled runs skipped because another instance was running the same job")
                .tag("job", job)
                .register(registry)
                .increment());
    }
}
