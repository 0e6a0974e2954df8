package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.postgresql.util.PSQLException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A statement the database refuses fails with a message that names none of the statement's values: the pool's
 * connections have pgjdbc's {@code logServerErrorDetail} off (application.yml). With it on, the driver puts the
 * server's detail ("Key (value)=(...) already exists") and, for a batch, the statement with its parameters
 * rendered into the message; Axon's append failures copy that message into the exception the service logs,
 * and the parameters of an append are an event's payload, its actor and its idempotency key. Checked through
 * the service's own pool (the embedded one, which {@link EmbeddedDatabaseConfig} builds itself) as the
 * service's role, on a temporary table dropped with the transaction.
 */
class StatementFailuresLeakNoValuesIT extends IntegrationTest {

    private static final String UNIQUE_VIOLATION = "23505";

    @Autowired
    DataSource dataSource;

    @Test
    void aRefusedBatchInsertNamesNeitherItsParametersNorTheServersDetail() throws SQLException {
        String value = "leak-probe-" + UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = probeTable(connection)) {
                insert.setString(1, value);
                insert.addBatch();
                insert.setString(1, value);
                insert.addBatch();

                BatchUpdateException refused = catchThrowableOfType(insert::executeBatch, BatchUpdateException.class);

                assertThat((Throwable) refused).isNotNull();
                assertThat(refused.getSQLState()).isEqualTo(UNIQUE_VIOLATION);
                assertTheServerToldTheValueButTheMessagesDoNot(refused, value);
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void aRefusedInsertNamesNeitherItsParametersNorTheServersDetail() throws SQLException {
        String value = "leak-probe-" + UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = probeTable(connection)) {
                insert.setString(1, value);
                insert.executeUpdate();
                insert.setString(1, value);

                PSQLException refused = catchThrowableOfType(insert::executeUpdate, PSQLException.class);

                assertThat((Throwable) refused).isNotNull();
                assertThat(refused.getSQLState()).isEqualTo(UNIQUE_VIOLATION);
                assertTheServerToldTheValueButTheMessagesDoNot(refused, value);
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void theseAreTheEmbeddedPoolsConnections() throws SQLException {
        assertThat(dataSource.unwrap(HikariDataSource.class).getPoolName()).isEqualTo("embedded");
    }

    /** A table with a unique column, gone when the connection's transaction ends; answers an insert into it. */
    private static PreparedStatement probeTable(Connection connection) throws SQLException {
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE TEMP TABLE leak_probe (value text PRIMARY KEY) ON COMMIT DROP");
        }
        return connection.prepareStatement("INSERT INTO leak_probe (value) VALUES (?)");
    }

    /**
     * The server's detail of the refusal carries the value (so a message that copied it would show it), and no
     * message in the failure's chain (causes and the batch's next exceptions) has it.
     */
    private static void assertTheServerToldTheValueButTheMessagesDoNot(SQLException refused, String value) {
        List<String> messages = new ArrayList<>();
        PSQLException fromServer = null;
        for (SQLException next = refused; next != null; next = next.getNextException()) {
            for (Throwable cause = next; cause != null; cause = cause.getCause()) {
                messages.add(cause.getMessage());
                messages.add(cause.toString());
                if (fromServer == null && cause instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                    fromServer = psql;
                }
            }
        }
        assertThat((Throwable) fromServer)
                .as("the server's error in " + messages)
                .isNotNull();
        assertThat(fromServer.getServerErrorMessage().getDetail()).contains(value);
        assertThat(messages).noneMatch(message -> message != null && message.contains(value));
    }
}
