package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL is durable and recovers from a postmaster orphaned by a kill -9. */
class EmbeddedPostgresIT {

    @TempDir
    Path dataDir;

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
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServiceThatWillBeKilled.class.getName(), pg.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(service.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(ServiceThatWillBeKilled.READY)) {
                // wait for the child to have written its row
            }
            assertThat(line).as("the child service never got ready").isEqualTo(ServiceThatWillBeKilled.READY);
        }
        service.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no chance to stop PostgreSQL
        long orphanPid = Long.parseLong(Files.readAllLines(pg.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgresServer restarted = new EmbeddedPostgresServer(pg)) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(query(restarted, "SELECT id FROM survivor")).isEqualTo("42");
        }
    }

    private static String setting(EmbeddedPostgresServer server, String name) throws Exception {
        return query(server, "SHOW " + name);
    }

    private static String query(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.OWNER, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.OWNER, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
