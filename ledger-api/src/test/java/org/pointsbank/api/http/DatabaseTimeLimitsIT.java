package org.pointsbank.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.zaxxer.hikari.HikariDataSource;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.config.EmbeddedPostgresServer;
import org.pointsbank.projections.support.LongStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

/**
 * The database's time limits: the service's role has them, its pool has the driver's timeouts,
 * a statement past its limit answers 503, and a request waiting for another request's
 * Idempotency-Key gives up with 409 within the configured bound (5 s).
 */
class DatabaseTimeLimitsIT extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ProblemHandler problems;

    @Autowired
    EmbeddedPostgresServer database;

    @Test
    void theServicesRoleHasStatementLockAndIdleInTransactionTimeouts() {
        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("pointsbank_app");
        assertThat(jdbc.queryForObject("SHOW statement_timeout", String.class)).isEqualTo("30s");
        assertThat(jdbc.queryForObject("SHOW lock_timeout", String.class)).isEqualTo("10s");
        assertThat(jdbc.queryForObject("SHOW idle_in_transaction_session_timeout", String.class))
                .isEqualTo("1min");
    }

    @Test
    void thePoolsConnectionsHaveTheDriversConnectAndSocketTimeouts() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getDataSourceProperties())
                .containsEntry("connectTimeout", "5")
                .containsEntry("loginTimeout", "5")
                .containsEntry("socketTimeout", "45")
                .containsEntry("tcpKeepAlive", "true");
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getNetworkTimeout()).isEqualTo(45_000);
        }
    }

    @Autowired
    LongStatements longStatements;

    /** Reconciliation and a month's close read the whole log in one statement: more time, for that transaction only. */
    @Test
    void aWholeLogStatementGetsMoreTimeInItsOwnTransactionOnly() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            longStatements.allowInThisTransaction();
            assertThat(jdbc.queryForObject("SHOW statement_timeout", String.class))
                    .isEqualTo("10min");
            assertThat(jdbc.execute((ConnectionCallback<Integer>) Connection::getNetworkTimeout))
                    .isEqualTo(10 * 60_000 + 30_000);
        });
        for (int i = 0; i < 25; i++) { // every connection of the pool is back to the role's limits
            assertThat(jdbc.queryForObject("SHOW statement_timeout", String.class))
                    .isEqualTo("30s");
            assertThat(jdbc.execute((ConnectionCallback<Integer>) Connection::getNetworkTimeout))
                    .isEqualTo(45_000);
        }
    }

    /** A server that accepts the connection and never answers, as a black-holed database would look. */
    @Test
    void withThePoolsDriverPropertiesASilentDatabaseFailsTheConnectionWithinSeconds() throws Exception {
        Properties driver = new Properties();
        driver.putAll(dataSource.unwrap(HikariDataSource.class).getDataSourceProperties());
        driver.setProperty("user", "pointsbank_app");
        driver.setProperty("password", "irrelevant");
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            CompletableFuture.runAsync(() -> {
                try {
                    silent.accept(); // and say nothing
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            long started = System.nanoTime();
            Throwable failure = assertTimeoutPreemptively(
                    Duration.ofSeconds(20),
                    () -> catchThrowable(() -> DriverManager.getConnection(
                                    "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/postgres", driver)
                            .close()));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(failure).isInstanceOf(SQLException.class);
            assertThat(millis).as("gave up after the 5 s login timeout").isBetween(4_000L, 10_000L);
        }
    }

    @Test
    void aStatementCancelledByItsTimeLimitAnswers503Unavailable() throws Exception {
        DataAccessException cancelled = catchThrowableOfType(
                DataAccessException.class,
                () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    jdbc.execute("SET LOCAL statement_timeout = 100");
                    jdbc.execute("SELECT pg_sleep(5)");
                }));
        assertThat(((SQLException) cancelled.getMostSpecificCause()).getSQLState())
                .isEqualTo("57014");

        ResponseEntity<?> answer = handle(cancelled);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(((ProblemDetail) answer.getBody()).getProperties()).containsEntry("code", "UNAVAILABLE");
        assertThat(answer.getHeaders().getFirst("Retry-After")).isNotBlank();
    }

    /**
     * The first request claims its key, then waits for the lock on the seal table this test holds (every
     * recording transaction seals its events). The second, with the same key, waits for the first's claim: 409 within the bound.
     * The first then runs into the role's lock_timeout (10 s): 503, nothing recorded, the key free again.
     */
    @Test
    void aRequestWaitingForAnotherRequestsKeyGivesUpWith409() throws Exception {
        String station = ledger.station();
        String card = ledger.card(station);
        String key = key();
        String path = "/api/v1/cards/" + card + "/volunteer-hours";
        String body = LedgerFixture.volunteerBody(station, 60, today());
        long eventsBefore = events();
        ApiResponse second;
        CompletableFuture<ApiResponse> first;
        long secondMillis;
        try (Connection holder = DriverManager.getConnection(
                        database.jdbcUrl(), EmbeddedPostgresServer.OWNER, database.ownerPassword());
                Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.execute("LOCK TABLE event_seal IN EXCLUSIVE MODE");
            first = CompletableFuture.supplyAsync(() -> admin.post(path, key, body));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> jdbc.queryForObject(
                                    "SELECT count(*) FROM pg_locks WHERE locktype = 'relation' AND NOT granted"
                                            + " AND relation = 'event_seal'::regclass",
                                    Long.class)
                            == 1);

            long started = System.nanoTime();
            second = admin.post(path, key, body);
            secondMillis = (System.nanoTime() - started) / 1_000_000;

            assertThat(second.status()).as(second.toString()).isEqualTo(409);
            assertThat(second.code()).isEqualTo("IDEMPOTENCY_KEY_IN_FLIGHT");
            assertThat(secondMillis).as("waited for the key, then gave up").isBetween(4_000L, 8_000L);

            ApiResponse firstAnswer = first.get();
            assertThat(firstAnswer.status()).as(firstAnswer.toString()).isEqualTo(503);
            assertThat(firstAnswer.code()).isEqualTo("UNAVAILABLE");
        }
        assertThat(events()).isEqualTo(eventsBefore);
        ApiResponse again = admin.post(path, key, body);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private ResponseEntity<?> handle(Exception e) throws Exception {
        var method = new ExceptionHandlerMethodResolver(ProblemHandler.class).resolveMethodByThrowable(e);
        method.setAccessible(true);
        Object[] arguments = java.util.Arrays.stream(method.getParameterTypes())
                .map(type -> type.isInstance(e)
                        ? e
                        : type == jakarta.servlet.http.HttpServletRequest.class
                                ? new MockHttpServletRequest("GET", "/api/v1/audit/reconciliation")
                                : new MockHttpServletResponse())
                .toArray();
        return (ResponseEntity<?>) method.invoke(problems, arguments);
    }
}
