package org.pointsbank.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.api.config.PointsBankProperties;
import org.pointsbank.projections.audit.EventSeal;
import org.pointsbank.projections.audit.StoredEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.env.MockEnvironment;

class SealKeyConfigTest {

    private static final StoredEvent EVENT = new StoredEvent(
            7, "e-7", "card-ann", 0, "Card", "CardIssued", null, "{}".getBytes(), "{}".getBytes(), "2026-03-02T00:00Z");

    @TempDir
    Path directory;

    private final SealKeyConfig config = new SealKeyConfig();

    private PointsBankProperties properties() {
        return new Binder(new MapConfigurationPropertySource(
                        Map.of("pointsbank.data-dir", directory.resolve("data").toString())))
                .bindOrCreate("pointsbank", PointsBankProperties.class);
    }

    @Test
    void withoutAKeySetOneIsGeneratedOnceOwnerOnlyBesideTheClusterAndKept() throws Exception {
        String first =
                config.eventSeal(new AuditProperties(null), properties(), false).of(EVENT);

        Path file = directory.resolve("data").resolve("seal.key");
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(config.eventSeal(new AuditProperties(" "), properties(), false)
                        .of(EVENT))
                .isEqualTo(first);
    }

    @Test
    void aKeySetIsTheKeyAndNoFileIsWritten() {
        byte[] key = "shared by every instance of one ledger".getBytes(StandardCharsets.UTF_8);

        EventSeal seal = config.eventSeal(
                new AuditProperties(Base64.getUrlEncoder().withoutPadding().encodeToString(key)), properties(), true);

        assertThat(seal.of(EVENT)).isEqualTo(new EventSeal(key).of(EVENT)).hasSize(64);
        assertThat(directory.resolve("data").resolve("seal.key")).doesNotExist();
    }

    @Test
    void onAnExternalDatabaseWithoutAKeyTheServiceRefusesToStartAndGeneratesNone() {
        assertThatThrownBy(() -> config.eventSeal(new AuditProperties(null), properties(), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("POINTSBANK_AUDIT_SEALKEY")
                .hasMessageContaining("external PostgreSQL");
        assertThatThrownBy(() -> config.eventSeal(new AuditProperties("  "), properties(), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("POINTSBANK_AUDIT_SEALKEY");
        assertThat(directory.resolve("data").resolve("seal.key")).doesNotExist();
    }

    @Test
    void theBeanReadsTheExternalDatabaseFromSpringDatasourceUrl() {
        MockEnvironment external =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x");

        assertThatThrownBy(() -> config.eventSeal(new AuditProperties(null), properties(), external))
                .hasMessageContaining("POINTSBANK_AUDIT_SEALKEY");
        assertThat(config.eventSeal(new AuditProperties(null), properties(), new MockEnvironment()))
                .isNotNull();
    }

    @Test
    void aShortOrMalformedKeyIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> config.eventSeal(new AuditProperties("c2hvcnQ="), properties(), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pointsbank.audit.seal-key")
                .hasMessageNotContaining("c2hvcnQ");
        assertThatThrownBy(() -> config.eventSeal(new AuditProperties("not base64 at all!"), properties(), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not Base64");
    }

    @Test
    void anEditedRowNoLongerMatchesItsSeal() {
        EventSeal seal = new EventSeal("a key of sixteen bytes or more".getBytes(StandardCharsets.UTF_8));
        String sealed = seal.of(EVENT);
        StoredEvent edited = new StoredEvent(
                7,
                "e-7",
                "card-ann",
                0,
                "Card",
                "CardIssued",
                null,
                "{}".getBytes(),
                "{}".getBytes(),
                "2026-03-03T00:00Z");

        assertThat(seal.matches(EVENT, sealed)).isTrue();
        assertThat(seal.matches(edited, sealed)).isFalse();
        assertThat(new EventSeal("another key of sixteen bytes".getBytes(StandardCharsets.UTF_8))
                        .matches(EVENT, sealed))
                .isFalse();
    }

    @Test
    void aDerivedSealIsAKeyOfItsOwnWhoseSealsNeverPassUnderTheKey() {
        EventSeal seal = new EventSeal("a key of sixteen bytes or more".getBytes(StandardCharsets.UTF_8));
        EventSeal bench = seal.derived("pointsbank-bench-seal-v1");

        assertThat(bench.of(EVENT)).hasSize(64).isNotEqualTo(seal.of(EVENT));
        assertThat(seal.matches(EVENT, bench.of(EVENT))).isFalse();
        assertThat(bench.of(EVENT))
                .isEqualTo(seal.derived("pointsbank-bench-seal-v1").of(EVENT));
        assertThat(seal.derived("another purpose").of(EVENT)).isNotEqualTo(bench.of(EVENT));
        assertThatThrownBy(() -> seal.derived(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
