package org.pointsbank.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database is gone" (503), and which of those mean no connection was ever had. */
class DatabaseFailuresTest {

    private static Exception wrapped(String sqlState) {
        return new DataAccessResourceFailureException("JDBC commit", new SQLException("boom", sqlState));
    }

    @Test
    void aServerShuttingDownOrALostConnectionIsTheDatabaseGone() {
        for (String state : new String[] {"57P01", "57P02", "57P03", "08006", "08003", "08001"}) {
            assertThat(DatabaseFailures.lost(wrapped(state))).as(state).isTrue();
        }
    }

    @Test
    void aRefusedStatementIsNotTheDatabaseGone() {
        for (String state : new String[] {"23505", "40001", "57014", "P0001", null}) {
            assertThat(DatabaseFailures.lost(wrapped(state)))
                    .as(String.valueOf(state))
                    .isFalse();
        }
    }

    @Test
    void onlyAConnectionNeverHadMeansNothingCanHaveBeenWritten() {
        assertThat(DatabaseFailures.neverConnected(new CannotGetJdbcConnectionException("pool", (SQLException) null)))
                .isTrue();
        assertThat(DatabaseFailures.neverConnected(wrapped("08001"))).isTrue();
        assertThat(DatabaseFailures.neverConnected(wrapped("57P03")))
                .as("cannot connect now")
                .isTrue();
        assertThat(DatabaseFailures.neverConnected(wrapped("57P01")))
                .as("lost mid-way")
                .isFalse();
        assertThat(DatabaseFailures.neverConnected(wrapped("08006"))).isFalse();
    }

    /** HikariCP's own failure on a connection it closed after a fatal error: no SQLSTATE at all. */
    private static SQLException poolClosedConnection() {
        return new SQLException("Connection is closed");
    }

    @Test
    void theRollbackThatFailsOnTheClosedConnectionAfterAShutdownIsTheDatabaseGone() {
        // what a request in flight met when PostgreSQL shut down (the "500 once in five")
        TransactionSystemException rollback =
                new TransactionSystemException("JDBC rollback failed", poolClosedConnection());
        rollback.initApplicationException(wrapped("57P01"));
        assertThat(DatabaseFailures.lost(rollback)).isTrue();
        assertThat(DatabaseFailures.neverConnected(rollback)).as("lost mid-way").isFalse();
    }

    @Test
    void aStatementOnAConnectionThePoolClosedIsTheDatabaseGone() {
        Exception statement = new IllegalStateException(
                "Failed to create a SQL statement", new RuntimeException("wrapped", poolClosedConnection()));
        assertThat(DatabaseFailures.lost(statement)).isTrue();
        assertThat(DatabaseFailures.lost(new SQLException("syntax error"))).isFalse();
    }

    @Test
    void aShutdownFoundInASuppressedOrNextExceptionIsTheDatabaseGone() {
        RuntimeException outer = new RuntimeException("closing the statement failed");
        outer.addSuppressed(new SQLException("FATAL: terminating connection", "57P01"));
        assertThat(DatabaseFailures.lost(outer)).isTrue();
        SQLException batch = new SQLException("Batch entry 0 was aborted", (String) null);
        batch.setNextException(new SQLException("FATAL: the database system is shutting down", "57P03"));
        assertThat(DatabaseFailures.lost(new DataAccessResourceFailureException("batch", batch)))
                .isTrue();
    }

    @Test
    void aFailureWithoutSqlStateIsNoTimeLimitAndBreaksNothing() {
        assertThat(DatabaseTimeLimits.reached(new RuntimeException("x", poolClosedConnection())))
                .isFalse();
        assertThat(DatabaseTimeLimits.reached(wrapped("57014"))).isTrue();
    }

    @Test
    void aCycleOfCausesEnds() {
        TransactionSystemException first = new TransactionSystemException("commit failed");
        TransactionSystemException second = new TransactionSystemException("rollback failed", first);
        first.initApplicationException(second);
        assertThat(DatabaseFailures.lost(second)).isFalse();
    }
}
