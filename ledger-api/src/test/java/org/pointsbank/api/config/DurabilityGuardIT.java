package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.api.PointsBankApplication;
import org.pointsbank.api.cluster.TwoInstances;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The durability guard against an external PostgreSQL (a separate server this test starts, as
 * {@link ExternalDatabaseIT} does): the properly set-up application role starts; a role that may UPDATE the event
 * table and a role whose {@code synchronous_commit} is off are refused with the message.
 */
class DurabilityGuardIT {

    @TempDir
    Path dir;

    @Test
    void startsOnADurableServerAndRefusesARoleThatMayRewriteTheLogOrCommitsAsynchronously() throws Exception {
        try (EmbeddedPostgres operators = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("external"))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setRegisterShutdownHook(false)
                .start()) {
            sql(operators, "CREATE ROLE pointsbank_app LOGIN PASSWORD 'app-secret'");
            String url = "jdbc:postgresql://localhost:" + operators.getPort() + "/postgres";

            try (ConfigurableApplicationContext app = start(url, "pointsbank_app")) {
                assertThat(app.getBeanNamesForType(DurabilityGuard.class)).hasSize(1);
            }

            sql(operators, "CREATE ROLE loose LOGIN PASSWORD 'loose-secret' IN ROLE pointsbank_app");
            sql(operators, "GRANT UPDATE ON domain_event_entry TO loose");
            assertThatThrownBy(() -> new DurabilityGuard(roleDataSource(url, "loose")).afterPropertiesSet())
                    .isInstanceOf(UnsafeDatabase.class)
                    .hasMessageContaining("spring.datasource.url")
                    .hasMessageContaining("role loose (spring.datasource.username) may change the event log")
                    .hasMessageContaining("UPDATE on domain_event_entry")
                    .hasMessageNotContaining("synchronous_commit is off");

            sql(operators, "CREATE ROLE async LOGIN PASSWORD 'async-secret' IN ROLE pointsbank_app");
            sql(operators, "ALTER ROLE async SET synchronous_commit = off");
            assertThatThrownBy(() -> start(url, "async").close())
                    .rootCause()
                    .isInstanceOf(UnsafeDatabase.class)
                    .hasMessageContaining("synchronous_commit is off for role async")
                    .hasMessageNotContaining("may change the event log");
        }
    }

    private ConfigurableApplicationContext start(String url, String role) {
        return new SpringApplicationBuilder(PointsBankApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + role,
                        "--spring.datasource.password=" + ("pointsbank_app".equals(role) ? "app" : role) + "-secret",
                        "--spring.flyway.user=postgres",
                        "--spring.flyway.password=",
                        "--pointsbank.data-dir=" + dir.resolve("unused"),
                        "--pointsbank.audit.seal-key=" + TwoInstances.SEAL_KEY,
                        "--pointsbank.admin-password=external-admin-pw");
    }

    private static PGSimpleDataSource roleDataSource(String url, String role) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(role);
        dataSource.setPassword(role + "-secret");
        return dataSource;
    }

    private static void sql(EmbeddedPostgres server, String sql) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
