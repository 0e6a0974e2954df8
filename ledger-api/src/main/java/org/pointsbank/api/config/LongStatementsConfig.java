package org.pointsbank.api.config;

import org.pointsbank.projections.support.LongStatements;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The read side's whole-log statements, allowed {@code pointsbank.database.long-statement-timeout} each. */
@Configuration(proxyBeanMethods = false)
class LongStatementsConfig {

    @Bean
    LongStatements longStatements(JdbcTemplate jdbc, PointsBankProperties properties) {
        return new LongStatements(jdbc, properties.database().longStatementTimeout());
    }
}
