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
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL used when no external datasource is configured. Its data directory
 * survives restarts; it runs with {@code fsync} and {@code synchronous_commit} on, so an
 * acknowledged entry survives a crash. A postmaster orphaned by a {@code kill -9} of the
 * service is stopped before the new one starts.
 *
 * <p>It is not open to every local user: the superuser and the service's role have generated
 * passwords, kept beside the data directory in owner-only files ({@code <dir>-owner.password},
 * {@code <dir>-app.password}), and {@code pg_hba.conf} asks every connection for one (SCRAM). A
 * data directory from before, whose {@code pg_hba.conf} trusts local connections, is started once
 * as it is, given the passwords and locked at once.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final String ownerPassword;
    private final String appPassword;

    private static EmbeddedPostgres startOn(Path directory, boolean fresh, Path ownerPasswordFile, String ownerPassword)
            throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (fresh) {
            // zonky passes these to initdb after its own "-A trust": the later option wins
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", ownerPasswordFile.toString());
        }
        return builder.setConnectConfig("password", ownerPassword)
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
                .setServerConfig("password_encryption", "scram-sha-256")
                .start();
    }

    public EmbeddedPostgresServer(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.dataDirectory.getParent());
            stopOrphanedPostmaster(this.dataDirectory);
            boolean fresh = !Files.exists(this.dataDirectory.resolve("postgresql.conf"));
            Path ownerFile = passwordFile(this.dataDirectory, "owner");
            boolean open = !fresh && PgHba.letsAnyoneIn(this.dataDirectory);
            if (!fresh && !open && !Files.exists(ownerFile)) {
                throw new IllegalStateException("the embedded PostgreSQL in " + this.dataDirectory
                        + " asks for passwords but " + ownerFile + " is gone: restore it from a backup");
            }
            this.ownerPassword = PasswordFile.readOrCreate(ownerFile);
            this.appPassword = PasswordFile.readOrCreate(passwordFile(this.dataDirectory, "app"));
            long started = System.nanoTime();
            this.postgres = startOn(this.dataDirectory, fresh, ownerFile, ownerPassword);
            if (open || fresh) {
                lock(open);
            }
            log.info(
                    "Embedded PostgreSQL on port {} with data in {} ({} ms)",
                    postgres.getPort(),
                    this.dataDirectory,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "could not start the embedded PostgreSQL in " + this.dataDirectory
                            + " (is another Points Bank using it?)",
                    e);
        }
    }

    /** The superuser that owns the schema. */
    public static final String OWNER = "postgres";

    /** Where the password of {@code who} ("owner" or "app") of the cluster in {@code dataDirectory} is kept. */
    public static Path passwordFile(Path dataDirectory, String who) {
        Path cluster = dataDirectory.toAbsolutePath().normalize();
        return cluster.resolveSibling(cluster.getFileName() + "-" + who + ".password");
    }

    public String ownerPassword() {
        return ownerPassword;
    }

    /** The password of the service's login role ({@link #ensureLoginRole}). */
    public String appPassword() {
        return appPassword;
    }

    /**
     * Gives the superuser its password (a trusting cluster from an earlier version has none) and
     * makes {@code pg_hba.conf} ask every connection for a password, effective at once (a reload).
     */
    private void lock(boolean upgrading) throws IOException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), OWNER, ownerPassword)) {
            c.unwrap(PGConnection.class).alterUserPassword(OWNER, ownerPassword.toCharArray(), "scram-sha-256");
            if (PgHba.letsAnyoneIn(dataDirectory)) {
                PgHba.requirePasswords(dataDirectory);
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_reload_conf()");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not give the embedded PostgreSQL's superuser its password", e);
        }
        if (upgrading) {
            log.warn(
                    "The embedded PostgreSQL in {} trusted every local connection; it now asks for passwords (in {})",
                    dataDirectory,
                    dataDirectory.getParent());
        }
    }

    /** The URL of the {@code postgres} database, without a user: give the user to the driver. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    /**
     * Creates the service's login role on first start; a later start finds it there. Either way its
     * password is set from the stored one (hashed by the driver: it never travels or logs in clear).
     */
    public void ensureLoginRole(String role) {
        if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain role name: " + role);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(), OWNER, ownerPassword);
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                    + "CREATE ROLE " + role + " LOGIN; END IF; END $$");
            c.unwrap(PGConnection.class).alterUserPassword(role, appPassword.toCharArray(), "scram-sha-256");
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
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
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
            throw new IllegalStateException(
                    "PostgreSQL pid " + pid + " holding " + dataDirectory + " did not stop within " + ORPHAN_STOP_WAIT
                            + "; stop it by hand and start again",
                    timeoutOrInterrupt);
        }
    }
}
