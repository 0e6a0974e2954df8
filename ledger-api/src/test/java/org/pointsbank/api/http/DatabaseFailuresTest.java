package org.pointsbank.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

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
}
