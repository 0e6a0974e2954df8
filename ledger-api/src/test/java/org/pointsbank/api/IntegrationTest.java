package org.pointsbank.api;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the real application on a random port, on one embedded
 * PostgreSQL in a fresh data directory, shared by every test class (one Spring context).
 * Tests isolate themselves by using fresh ids, never by cleaning tables. Keep the annotations
 * here and nowhere else: a second context would start a second database on the same directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IntegrationTest.Time.class)
@AutoConfigureObservability // metrics are exported as in production (tests turn them off by default)
public abstract class IntegrationTest {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Path DATA_DIR =
            Path.of("target", "it-data", UUID.randomUUID().toString());

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    /** The service's clock: tests that need another day travel there; it is put back after each test. */
    @Autowired
    protected TestClock clock;

    protected ApiClient admin;
    protected LedgerFixture ledger;

    static {
        // A read model that has not caught up answers 404: inside await() that means "not yet",
        // so a missing field is retried like a failed assertion (and reported if it never comes).
        Awaitility.ignoreExceptionsByDefault();
    }

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("pointsbank.data-dir", () -> DATA_DIR.toAbsolutePath().toString());
        registry.add("pointsbank.admin-password", () -> ADMIN_PASSWORD);
        // every test signs in as admin: the per-user rate limit is tested on its own (JwtAuthIT)
        registry.add("pointsbank.limits.requests-per-second", () -> "100000");
        registry.add("pointsbank.limits.burst", () -> "100000");
        // every test signs in from 127.0.0.1: the per-address limit is tested on its own (SignInThrottleIT)
        registry.add("pointsbank.limits.anonymous-requests-per-second", () -> "100000");
        registry.add("pointsbank.limits.anonymous-burst", () -> "100000");
        // the nightly checks run when a test says (NightlyChecksIT), never because a run reached 03:00
        registry.add("pointsbank.nightly-checks.enabled", () -> "false");
    }

    @BeforeEach
    void clients() {
        admin = new ApiClient(port, "admin", ADMIN_PASSWORD);
        ledger = new LedgerFixture(admin);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** The service runs on {@link TestClock}, the real time unless a test travels. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Time {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(ZONE);
        }

        /** The service's pool through {@link StatementLog}, so a test can list what one request sends. */
        @Bean
        static BeanPostProcessor statementLog() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String name) {
                    if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
                        pool.setJdbcUrl(StatementLog.wrap(pool.getJdbcUrl()));
                    }
                    return bean;
                }
            };
        }
    }

    protected static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    protected static String key() {
        return UUID.randomUUID().toString();
    }
}
