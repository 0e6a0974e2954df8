package org.pointsbank.ops.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One JDBC connection of the raw baseline, with its statements prepared once (PgJDBC prepares them lazily). */
public final class JdbcSession implements AutoCloseable {

    static final String LOAD = "SELECT sequence_number, payload FROM bench_event WHERE aggregate_identifier = ? "
            + "ORDER BY sequence_number DESC LIMIT 100";
    static final String APPEND = "INSERT INTO bench_event (aggregate_identifier, sequence_number, event_identifier, "
            + "payload_type, payload, meta_data, time_stamp) VALUES (?, ?, ?, 'bench', ?, ?, ?)";
    static final String READ = "SELECT * FROM card_balance WHERE card_id = ?";

    final Connection connection;
    final PreparedStatement load;
    final PreparedStatement append;
    final PreparedStatement read;

    private JdbcSession(Connection connection) throws SQLException {
        this.connection = connection;
        this.load = connection.prepareStatement(LOAD);
        this.append = connection.prepareStatement(APPEND);
        this.read = connection.prepareStatement(READ);
    }

    /** {@code transactions}: auto-commit off, for the append baseline; on for the read baseline. */
    public static JdbcSession open(String url, String user, String password, boolean transactions) throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password == null ? "" : password);
        try {
            connection.setAutoCommit(!transactions);
            return new JdbcSession(connection);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** {@code jdbc 23505 unique violation}, {@code jdbc 57P01}, {@code jdbc no SQLState} (e.g. a broken connection). */
    static String errorKey(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return "jdbc no SQLState";
        }
        return "jdbc " + state + ("23505".equals(state) ? " unique violation" : "");
    }

    void rollbackQuietly() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is broken: the next use reports it
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing at the end of a run: nothing left to do
        }
    }
}
