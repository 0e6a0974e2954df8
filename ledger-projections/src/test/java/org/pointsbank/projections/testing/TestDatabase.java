package org.pointsbank.projections.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One embedded PostgreSQL for the whole test run, migrated once by Flyway from {@code db/migration} as the
 * service migrates it: as the schema owner, for the service's least-privileged role, which the tests then
 * connect as. Started by the first test class that needs it, stopped when the run ends.
 */
public final class TestDatabase implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    /** The role the service connects as (V5 grants it what it may do, V11 limits its statements). */
    public static final String APP_ROLE = "pointsbank_app";

    private static volatile TestDatabase running;

    private final EmbeddedPostgres postgres;
    private final DataSource app;
    private final JdbcTemplate owner;

    /** Registered by {@code @ExtendWith}: JUnit's instance; the real one is kept in the run's root store. */
    public TestDatabase() {
        this.postgres = null;
        this.app = null;
        this.owner = null;
    }

    private TestDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.owner = new JdbcTemplate(postgres.getPostgresDatabase());
        owner.execute("CREATE ROLE " + APP_ROLE + " LOGIN");
        Flyway.configure()
                .dataSource(postgres.getPostgresDatabase())
                .locations("classpath:db/migration")
                .placeholders(Map.of(
                        "appRole",
                        APP_ROLE,
                        "statementTimeout",
                        "30s",
                        "lockTimeout",
                        "10s",
                        "idleInTransactionTimeout",
                        "60s"))
                .load()
                .migrate();
        this.app = postgres.getDatabase(APP_ROLE, "postgres");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestDatabase.class, k -> start(), TestDatabase.class);
    }

    private static TestDatabase start() {
        try {
            return new TestDatabase(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    static TestDatabase running() {
        if (running == null) {
            throw new IllegalStateException("extend the test with TestDatabase first");
        }
        return running;
    }

    /** Connections as the service's role. */
    DataSource app() {
        return app;
    }

    /** The schema owner: for emptying tables between tests, never for the code under test. */
    JdbcTemplate owner() {
        return owner;
    }

    @Override
    public void close() throws IOException {
        running = null;
        postgres.close();
    }
}
