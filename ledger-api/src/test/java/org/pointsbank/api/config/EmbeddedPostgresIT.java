package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL is durable, recovers from a postmaster orphaned by a kill -9, and lets
 * no one in without the password kept in an owner-only file.
 */
class EmbeddedPostgresIT {

    @TempDir
    Path dataDir;

    @Test
    void aConnectionWithoutThePasswordIsRefusedAndTheStoredPasswordWorks() throws Exception {
        Path pg = dataDir.resolve("pg");
        try (EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg)) {
            server.ensureLoginRole("pointsbank_app");
            assertRefused(server, EmbeddedPostgresServer.OWNER, "");
            assertRefused(server, EmbeddedPostgresServer.OWNER, "guess");
            assertRefused(server, "pointsbank_app", "");
            assertThat(query(server, "SELECT current_user")).isEqualTo("postgres");
            try (Connection app =
                    DriverManager.getConnection(server.jdbcUrl(), "pointsbank_app", server.appPassword())) {
                assertThat(app.isValid(2)).isTrue();
            }
            assertThat(Files.readString(EmbeddedPostgresServer.passwordFile(pg, "owner")))
                    .isEqualTo(server.ownerPassword());
            for (String who : new String[] {"owner", "app"}) {
                assertThat(Files.getPosixFilePermissions(EmbeddedPostgresServer.passwordFile(pg, who)))
                        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            }
            assertThat(server.ownerPassword()).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(server.appPassword());
            execute(server, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)");
        }
        try (EmbeddedPostgresServer again = new EmbeddedPostgresServer(pg)) {
            assertThat(query(again, "SELECT id FROM kept")).isEqualTo("7");
            assertRefused(again, EmbeddedPostgresServer.OWNER, "");
        }
    }

    @Test
    void aDataDirectoryFromWhenEveryLocalUserWasTrustedIsLockedOnStartAndKeepsItsData() throws Exception {
        Path pg = dataDir.resolve("pg");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                        .setDataDirectory(pg)
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .start();
                Connection c = old.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id int); INSERT INTO kept VALUES (8)");
        }
        assertThat(Files.readString(pg.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg)) {
            assertThat(Files.readString(pg.resolve("pg_hba.conf"))).doesNotContain("trust");
            // pg_reload_conf() signals the postmaster: the new rules apply within moments
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertRefused(server, EmbeddedPostgresServer.OWNER, ""));
            assertThat(query(server, "SELECT id FROM kept")).isEqualTo("8");
        }
    }

    private static void assertRefused(EmbeddedPostgresServer server, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), user, password)
                        .close())
                .as("%s without its password", user)
                .isInstanceOf(SQLException.class);
    }

    @Test
    void runsWithFsyncAndSynchronousCommitOn() throws Exception {
        try (EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDir.resolve("pg"))) {
            assertThat(setting(server, "fsync")).isEqualTo("on");
            assertThat(setting(server, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(server, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void afterAKill9OfTheServiceTheNextStartStopsTheOrphanedPostmasterAndKeepsTheData() throws Exception {
        Path pg = dataDir.resolve("pg");
        Process service = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ServiceThatWillBeKilled.class.getName(),
                        pg.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(service.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(ServiceThatWillBeKilled.READY)) {
                // wait for the child to have written its row
            }
            assertThat(line).as("the child service never got ready").isEqualTo(ServiceThatWillBeKilled.READY);
        }
        service.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no chance to stop PostgreSQL
        long orphanPid = Long.parseLong(
                Files.readAllLines(pg.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgresServer restarted = new EmbeddedPostgresServer(pg)) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
            assertThat(query(restarted, "SELECT id FROM survivor")).isEqualTo("42");
        }
    }

    private static String setting(EmbeddedPostgresServer server, String name) throws Exception {
        return query(server, "SHOW " + name);
    }

    private static String query(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        server.jdbcUrl(), EmbeddedPostgresServer.OWNER, server.ownerPassword());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        server.jdbcUrl(), EmbeddedPostgresServer.OWNER, server.ownerPassword());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
