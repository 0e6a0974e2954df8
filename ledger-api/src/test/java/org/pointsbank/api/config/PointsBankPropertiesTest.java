package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Each default of the service's settings lives in {@link PointsBankProperties}: {@code application.yml} sets no
 * {@code pointsbank.*} value, the defaults are the values the service has always run with, and the environment
 * variables operators set (documented in the README) still reach them without placeholders in the YAML.
 */
class PointsBankPropertiesTest {

    private static PointsBankProperties bind(Map<String, Object> environment) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource("systemEnvironment", environment));
        return new Binder(ConfigurationPropertySources.from(sources))
                .bindOrCreate("pointsbank", PointsBankProperties.class);
    }

    @Test
    void applicationYmlSetsNoPointsbankSetting() throws Exception {
        for (PropertySource<?> source :
                new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))) {
            assertThat(((EnumerablePropertySource<?>) source).getPropertyNames())
                    .isNotEmpty()
                    .noneMatch(name -> name.startsWith("pointsbank."));
        }
    }

    @Test
    void withNothingSetTheDefaultsAreTheOnesTheServiceRanWith() {
        PointsBankProperties properties = bind(Map.of());
        assertThat(properties.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(properties.dataDir()).isEqualTo(Path.of("data")); // "./data", as Spring converts it
        assertThat(properties.adminPassword()).isNull();
        assertThat(properties.maxBackdatingDays()).isEqualTo(60);
        assertThat(properties.snapshotThreshold()).isEqualTo(100);
        assertThat(properties.aggregateCacheSize()).isEqualTo(20_000);
        assertThat(properties.idempotencyRetention()).isEqualTo(Duration.ofHours(24));
        assertThat(properties.rankings()).isEqualTo(new PointsBankProperties.Rankings(3, 7));
        assertThat(properties.redemptions())
                .isEqualTo(new PointsBankProperties.Redemptions(Duration.ofHours(48), Duration.ofSeconds(30), 500));
        assertThat(properties.database())
                .isEqualTo(new PointsBankProperties.Database(
                        "pointsbank_app", Duration.ofMinutes(10), Duration.ofSeconds(5)));
        assertThat(properties.checkIn()).isEqualTo(new PointsBankProperties.CheckIn(null, Duration.ofSeconds(30)));
        assertThat(properties.publicUrl()).hasToString("http://localhost:8080");
        assertThat(properties.policy()).isEqualTo(new PointsBankProperties.Policy(5));
        assertThat(properties.nodeId()).isNull(); // generated at start-up: NodeId
    }

    @Test
    void theDocumentedEnvironmentVariablesStillBind() {
        PointsBankProperties properties = bind(Map.of(
                "POINTSBANK_ZONE", "Europe/Berlin",
                "POINTSBANK_DATA_DIR", "/srv/pointsbank",
                "POINTSBANK_ADMIN_PASSWORD", "change-me",
                "POINTSBANK_DATABASE_APP_ROLE", "ledger_app",
                "POINTSBANK_DATABASE_LONG_STATEMENT_TIMEOUT", "20m",
                "POINTSBANK_DATABASE_IN_FLIGHT_KEY_WAIT", "2s",
                "POINTSBANK_LIMITS_WHOLELOGSCANS", "3",
                "POINTSBANK_AUTH_MODE", "jwt"));
        assertThat(properties.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(properties.dataDir()).isEqualTo(Path.of("/srv/pointsbank"));
        assertThat(properties.adminPassword()).isEqualTo("change-me");
        assertThat(properties.database())
                .isEqualTo(
                        new PointsBankProperties.Database("ledger_app", Duration.ofMinutes(20), Duration.ofSeconds(2)));
        assertThat(properties.limits().wholeLogScans()).isEqualTo(3);
        assertThat(properties.auth().mode()).isEqualTo(PointsBankProperties.AuthMode.JWT);
    }

    @Test
    void theCheckInAndPublicUrlEnvironmentVariablesBind() {
        PointsBankProperties properties = bind(Map.of(
                "POINTSBANK_CHECKIN_SECRET", "c2hhcmVkIGJ5IGV2ZXJ5IGluc3RhbmNl",
                "POINTSBANK_CHECKIN_INTERVAL", "PT1M",
                "POINTSBANK_PUBLICURL", "https://points.example.org"));
        assertThat(properties.checkIn())
                .isEqualTo(new PointsBankProperties.CheckIn("c2hhcmVkIGJ5IGV2ZXJ5IGluc3RhbmNl", Duration.ofMinutes(1)));
        assertThat(properties.publicUrl()).hasToString("https://points.example.org");
    }

    @Test
    void theDailyCapOfRewardedReportsBindsFromTheEnvironment() {
        PointsBankProperties properties = bind(Map.of("POINTSBANK_POLICY_MAXREWARDEDREPORTSPERDAY", "8"));
        assertThat(properties.policy().maxRewardedReportsPerDay()).isEqualTo(8);
    }
}
