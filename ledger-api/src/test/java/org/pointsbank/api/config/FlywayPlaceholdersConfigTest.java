package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The migrations' {@code ${appRole}} is the typed setting, beside the placeholders {@code application.yml} sets. */
class FlywayPlaceholdersConfigTest {

    private static PointsBankProperties properties(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("pointsbank", PointsBankProperties.class);
    }

    private static Map<String, String> placeholders(PointsBankProperties properties, Map<String, String> fromYaml) {
        FluentConfiguration flyway = new FluentConfiguration().placeholders(fromYaml);
        new FlywayPlaceholdersConfig().appRolePlaceholder(properties).customize(flyway);
        return flyway.getPlaceholders();
    }

    @Test
    void theAppRoleIsTheSettingAndTheOtherPlaceholdersStay() {
        assertThat(placeholders(properties(Map.of()), Map.of("statementTimeout", "30s")))
                .containsEntry("appRole", "pointsbank_app")
                .containsEntry("statementTimeout", "30s");
        assertThat(placeholders(properties(Map.of("pointsbank.database.app-role", "ledger_app")), Map.of()))
                .containsEntry("appRole", "ledger_app");
    }

    @Test
    void aPlaceholderSetExplicitlyStillWins() {
        assertThat(placeholders(properties(Map.of()), Map.of("appRole", "explicit_role")))
                .containsEntry("appRole", "explicit_role");
    }
}
