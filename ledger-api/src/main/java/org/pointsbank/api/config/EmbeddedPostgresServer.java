package org.pointsbank.api.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL used when no external datasource is configured. Its data directory
 * survives restarts; it runs with {@code fsync} and {@code synchronous_commit} on, so an
 * acknowledged entry survives a crash. A postmaster orphaned by a {@code kill -9} of the
 * service is stopped before the new one starts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private static EmbeddedPostgres startOn(Path directory) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // Spring closes it after everything that uses it; zonky's own hook would race that.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost")
                .start();
    }

    public EmbeddedPostgresServer(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.dataDirectory.getParent());
            stopOrphanedPostmaster(this.dataDirectory);
            long started = System.nanoTime();
            this.postgres = startOn(this.dataDirectory);
            log.info("Embedded PostgreSQL on port {} with data in {} ({} ms)", postgres.getPort(),
                    this.dataDirectory, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + this.dataDirectory
                    + " (is another Points Bank using it?)", e);
        }
    }

    /** The superuser that owns the schema; the embedded server trusts local connections. */
    public static final String OWNER = "postgres";

    /** The URL of the {@code postgres} database, without a user: give the user to the driver. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    /** Creates the service's login role on first start; a later start finds it there. */
    public void ensureLoginRole(String role) {
        if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain role name: " + role);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(), OWNER, "");
             Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                    + "CREATE ROLE " + role + " LOGIN; END IF; END $$");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the role " + role, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        log.info("Stopping embedded PostgreSQL");
        postgres.close();
    }

    /**
     * After a {@code kill -9} of the JVM its postmaster lives on and keeps the data directory
     * locked. Stop it (a smart shutdown: it has no clients left) so this start can proceed.
     */
    static void stopOrphanedPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (process.isEmpty()) {
            return; // a stale pid file: PostgreSQL itself copes with it
        }
        log.warn("A PostgreSQL (pid {}) left behind by an earlier run still holds {}; stopping it", pid, dataDirectory);
        ProcessHandle postmaster = process.get();
        postmaster.destroy();
        try {
            postmaster.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception timeoutOrInterrupt) {
            throw new IllegalStateException("PostgreSQL pid " + pid + " holding " + dataDirectory
                    + " did not stop within " + ORPHAN_STOP_WAIT + "; stop it by hand and start again",
                    timeoutOrInterrupt);
        }
    }
}
