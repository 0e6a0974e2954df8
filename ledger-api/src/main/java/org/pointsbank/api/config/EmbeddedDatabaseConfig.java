package org.pointsbank.api.config;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The embedded default: with no {@code spring.datasource.url}, start PostgreSQL in
 * {@code pointsbank.data-dir}. Flyway migrates as the owner ({@code postgres}); the service's
 * pool connects as the least-privileged application role, which may append to the event log
 * but not change it. Both sign in with the passwords the server generated and keeps in owner-only
 * files. With a URL set, Spring Boot's own datasource is used and nothing starts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatasource.class)
public class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(PointsBankProperties properties) {
        EmbeddedPostgresServer server =
                new EmbeddedPostgresServer(properties.dataDir().resolve("postgres"));
        server.ensureLoginRole(properties.database().appRole());
        return server;
    }

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer server, PointsBankProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(properties.database().appRole());
        dataSource.setPassword(server.appPassword());
        dataSource.setPoolName("embedded");
        return dataSource;
    }

    /** The schema owner, for Flyway only. */
    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedPostgresServer server) {
        SimpleDriverDataSource owner = new SimpleDriverDataSource(
                new org.postgresql.Driver(), server.jdbcUrl(), EmbeddedPostgresServer.OWNER, server.ownerPassword());
        Properties timeouts = new Properties();
        timeouts.setProperty("connectTimeout", "10"); // no socketTimeout: a migration may run long
        timeouts.setProperty("loginTimeout", "10");
        owner.setConnectionProperties(timeouts);
        return owner;
    }
}
