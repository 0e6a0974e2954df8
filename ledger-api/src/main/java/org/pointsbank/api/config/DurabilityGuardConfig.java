package org.pointsbank.api.config;

import javax.sql.DataSource;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With an external PostgreSQL ({@code spring.datasource.url} set), check it is safe for a ledger before anything
 * starts: the guard is created after Flyway has migrated ({@link DependsOnDatabaseInitialization}) and during the
 * context's refresh, so a refusal fails start-up before any event processor or the web server starts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatasource.class)
class DurabilityGuardConfig {

    @Bean
    @DependsOnDatabaseInitialization
    DurabilityGuard durabilityGuard(DataSource dataSource) {
        return new DurabilityGuard(dataSource);
    }
}
