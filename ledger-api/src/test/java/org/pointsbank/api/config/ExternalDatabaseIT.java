package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.PointsBankApplication;
import org.pointsbank.api.cluster.TwoInstances;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Production mode: {@code spring.datasource.*} names an external PostgreSQL (here one the test
 * starts itself, standing in for a server run by operators). The service uses it, migrates it
 * as the owner named by {@code spring.flyway.user}, connects as the application role, and
 * starts no database of its own.
 */
class ExternalDatabaseIT {

    @TempDir
    Path dir;

    @Test
    void withADatasourceUrlTheServiceUsesThatServerAndStartsNothing() throws Exception {
        try (EmbeddedPostgres operators = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("external"))
                // zonky starts with both off; the service refuses a server that may lose acknowledged entries
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setRegisterShutdownHook(false)
                .start()) {
            try (Connection c = operators.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE ROLE pointsbank_app LOGIN PASSWORD 'app-secret'");
            }
            String url = "jdbc:postgresql://localhost:" + operators.getPort() + "/postgres";
            Path unusedDataDir = dir.resolve("must-stay-empty");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PointsBankApplication.class)
                    .run(
                            "--server.port=0",
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=pointsbank_app",
                            "--spring.datasource.password=app-secret",
                            "--spring.flyway.user=postgres",
                            "--spring.flyway.password=",
                            "--pointsbank.data-dir=" + unusedDataDir,
                            "--pointsbank.audit.seal-key=" + TwoInstances.SEAL_KEY,
                            "--pointsbank.admin-password=external-admin-pw")) {
                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                ApiClient admin = new ApiClient(port, "admin", "external-admin-pw");

                assertThat(admin.post("/api/v1/stations", "ext-station-1", "{\"id\":\"ext-1\",\"name\":\"External\"}")
                                .status())
                        .isEqualTo(201);
                assertThat(app.getBeanNamesForType(EmbeddedPostgresServer.class))
                        .isEmpty();
                assertThat(Files.exists(unusedDataDir)).isFalse();
            }
            try (Connection c = operators.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement();
                    var rs = s.executeQuery("SELECT count(*) FROM domain_event_entry")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }
}
