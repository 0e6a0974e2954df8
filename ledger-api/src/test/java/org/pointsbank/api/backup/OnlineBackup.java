package org.pointsbank.api.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Stream;
import org.pointsbank.api.audit.SealKeyConfig;
import org.pointsbank.api.config.EmbeddedPostgresServer;

/**
 * An online physical backup of the embedded PostgreSQL with its own SQL and a file copy, the way
 * {@code ops/drills/backup-restore.sh} takes it (no pg_basebackup: the machine's client tools are an older major
 * version than the embedded server, and refuse it): {@code pg_backup_start}, copy the data directory but its WAL,
 * {@code pg_backup_stop}, then the WAL written meanwhile and the {@code backup_label} it answered. Started on the
 * copy, PostgreSQL replays that WAL from the label's checkpoint and opens consistent as of the stop.
 */
final class OnlineBackup {

    /** Files of a running cluster that a backup leaves out (PostgreSQL's own list for base backups). */
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "pg_internal.init");

    private OnlineBackup() {}

    /**
     * Backs {@code server} up into {@code target} (a new data directory), with its two password files beside it. The
     * seal key is not part of it: see {@link #keepSealKey}.
     */
    static void take(EmbeddedPostgresServer server, Path target) throws SQLException, IOException {
        Path source = server.dataDirectory();
        try (Connection c = DriverManager.getConnection(
                        server.jdbcUrl(), EmbeddedPostgresServer.OWNER, server.ownerPassword());
                Statement s = c.createStatement()) {
            s.execute("SELECT pg_backup_start('points-bank backup drill', true)");
            copy(source, target, path -> !path.startsWith(source.resolve("pg_wal")));
            String label;
            try (ResultSet stop = s.executeQuery("SELECT labelfile FROM pg_backup_stop(true)")) {
                stop.next();
                label = stop.getString(1);
            }
            copy(source.resolve("pg_wal"), target.resolve("pg_wal"), path -> true);
            Files.writeString(target.resolve("backup_label"), label);
        }
        // PostgreSQL starts only on a data directory that only its owner (or group) may enter
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
        for (String who : new String[] {"owner", "app"}) {
            Files.copy(
                    EmbeddedPostgresServer.passwordFile(source, who),
                    EmbeddedPostgresServer.passwordFile(target, who),
                    StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /**
     * Copies the seal key of {@code server}'s data directory into {@code keyStore}, a location of its own, never the
     * backup's: whoever holds a backup and the key could seal a forged row among the events not yet chained.
     */
    static void keepSealKey(EmbeddedPostgresServer server, Path keyStore) throws IOException {
        Files.createDirectories(keyStore);
        Files.copy(
                SealKeyConfig.keyFile(server.dataDirectory().getParent()),
                SealKeyConfig.keyFile(keyStore),
                StandardCopyOption.COPY_ATTRIBUTES);
    }

    /** Puts the key kept in {@code keyStore} back beside a restored cluster, in the data directory {@code dataDir}. */
    static void restoreSealKey(Path keyStore, Path dataDir) throws IOException {
        Files.copy(SealKeyConfig.keyFile(keyStore), SealKeyConfig.keyFile(dataDir), StandardCopyOption.COPY_ATTRIBUTES);
    }

    private static void copy(Path from, Path to, java.util.function.Predicate<Path> wanted) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.filter(wanted).forEach(path -> {
                Path copy = to.resolve(from.relativize(path).toString());
                try {
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(copy);
                    } else if (!LEFT_OUT.contains(path.getFileName().toString())) {
                        Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (java.nio.file.NoSuchFileException vanished) {
                    // a temporary file removed while copying: PostgreSQL's WAL replay does not need it
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
