package org.pointsbank.api.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** A job's advisory lock held on a connection of its own, as another instance running the job would hold it. */
public final class HeldLock implements AutoCloseable {

    private final Connection connection;
    private final String job;

    public HeldLock(DataSource dataSource, String job) throws SQLException {
        this.connection = dataSource.getConnection();
        this.job = job;
        if (!call("select pg_try_advisory_lock(?, ?)")) {
            connection.close();
            throw new IllegalStateException("the lock of " + job + " is already held");
        }
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            call("select pg_advisory_unlock(?, ?)");
        }
    }

    private boolean call(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, ClusterOnce.LOCK_SPACE);
            statement.setInt(2, ClusterOnce.lockKey(job));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
