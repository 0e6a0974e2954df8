package org.pointsbank.api.config;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The migrations' {@code ${appRole}}, the role the service connects as, is {@code pointsbank.database.app-role}:
 * taken from the typed setting, so that its default is the one in {@link PointsBankProperties}. A placeholder set
 * in {@code spring.flyway.placeholders.appRole} still wins, as it did when {@code application.yml} set it.
 */
@Configuration(proxyBeanMethods = false)
class FlywayPlaceholdersConfig {

    static final String APP_ROLE = "appRole";

    @Bean
    FlywayConfigurationCustomizer appRolePlaceholder(PointsBankProperties properties) {
        return flyway -> {
            Map<String, String> placeholders = new HashMap<>(flyway.getPlaceholders());
            placeholders.putIfAbsent(APP_ROLE, properties.database().appRole());
            flyway.placeholders(placeholders);
        };
    }
}
