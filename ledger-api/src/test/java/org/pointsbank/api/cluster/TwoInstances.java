package org.pointsbank.api.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.PointsBankApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the service on one PostgreSQL, as operators run it: a server of the test's own (durable settings,
 * an application role), instance 0 started first (it migrates the schema and creates the admin), then instance 1.
 * Each instance has its own aggregate cache, credential cache and processors; they share the event log, the read
 * models and the token claims. Close it to stop both instances and the server.
 */
public final class TwoInstances implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "two-instances-admin";

    /**
     * The seal key both instances are configured with (Base64 of 32 bytes): on a shared database the service refuses
     * to start without one, and two keys would hold each other's events as seal mismatches.
     */
    public static final String SEAL_KEY = "dHdvLWluc3RhbmNlcy1zaGFyZS1vbmUtc2VhbC1rZXk";

    private final EmbeddedPostgres server;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    private TwoInstances(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts the server in {@code dir} and both instances; {@code args} are added to each instance's arguments. */
    public static TwoInstances start(Path dir, String... args) throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("postgres"))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "200")
                .setRegisterShutdownHook(false)
                .start();
        TwoInstances cluster = new TwoInstances(server);
        try {
            try (Connection c = server.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE ROLE pointsbank_app LOGIN PASSWORD 'app-secret'");
            }
            for (int i = 0; i < 2; i++) {
                cluster.instances.add(cluster.startInstance(dir.resolve("instance-" + i), args));
            }
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private ConfigurableApplicationContext startInstance(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0"));
        all.addAll(arguments(url(), dataDir));
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(PointsBankApplication.class).run(all.toArray(String[]::new));
    }

    /**
     * An instance's arguments on the database at {@code jdbcUrl}: the application role, the owner for Flyway, its
     * own data directory, the seal key every instance on one database shares, the admin's password, rate limits out of the way (also for {@link ChildInstances}).
     */
    static List<String> arguments(String jdbcUrl, Path dataDir) {
        return List.of(
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=pointsbank_app",
                "--spring.datasource.password=app-secret",
                "--spring.datasource.hikari.maximum-pool-size=20",
                "--spring.flyway.user=postgres",
                "--spring.flyway.password=",
                "--pointsbank.data-dir=" + dataDir,
                "--pointsbank.audit.seal-key=" + SEAL_KEY,
                "--pointsbank.admin-password=" + ADMIN_PASSWORD,
                "--pointsbank.limits.requests-per-second=100000",
                "--pointsbank.limits.burst=100000",
                "--pointsbank.limits.anonymous-requests-per-second=100000",
                "--pointsbank.limits.anonymous-burst=100000");
    }

    /** The JDBC URL both instances use. */
    public String url() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    /** The shared database, as its owner (for assertions on the log and the read models). */
    public DataSource database() {
        return server.getPostgresDatabase();
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(database());
    }

    /** Instance {@code i} (0 or 1). */
    public ConfigurableApplicationContext instance(int i) {
        return instances.get(i);
    }

    public int port(int i) {
        return ((WebServerApplicationContext) instance(i)).getWebServer().getPort();
    }

    /** The admin signed in at instance {@code i}. */
    public ApiClient admin(int i) {
        return new ApiClient(port(i), "admin", ADMIN_PASSWORD);
    }

    public LedgerFixture ledger(int i) {
        return new LedgerFixture(admin(i));
    }

    @Override
    public void close() throws Exception {
        for (int i = instances.size() - 1; i >= 0; i--) {
            instances.get(i).close();
        }
        server.close();
    }
}
