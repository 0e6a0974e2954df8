package org.pointsbank.api.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no {@code spring.datasource.url}, start PostgreSQL in
 * {@code pointsbank.data-dir} and point a connection pool at it. With a URL set, Spring Boot's
 * own datasource is used and nothing is started.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatasource.class)
public class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(PointsBankProperties properties) {
        return new EmbeddedPostgresServer(properties.dataDir().resolve("postgres"));
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded");
        return dataSource;
    }
}
