package org.pointsbank.api.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.api.config.PointsBankProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CheckInMasterKeyTest {

    @TempDir
    Path directory;

    private PointsBankProperties properties(String secret) {
        Map<String, String> settings = new HashMap<>();
        settings.put("pointsbank.data-dir", directory.resolve("data").toString());
        if (secret != null) {
            settings.put("pointsbank.check-in.secret", secret);
        }
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("pointsbank", PointsBankProperties.class);
    }

    @Test
    void withoutASecretAKeyIsGeneratedOnceOwnerOnlyAndKept() throws Exception {
        byte[] first = CheckInMasterKey.of(properties(null));
        Path file = directory.resolve("data-check-in.key");
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(first).hasSize(32);
        assertThat(CheckInMasterKey.of(properties(null))).isEqualTo(first);
    }

    @Test
    void aSecretSetIsTheKeyAndNoFileIsWritten() {
        byte[] secret = "shared by every instance".getBytes();
        assertThat(CheckInMasterKey.of(properties(Base64.getEncoder().encodeToString(secret))))
                .isEqualTo(secret);
        assertThat(CheckInMasterKey.of(
                        properties(Base64.getUrlEncoder().withoutPadding().encodeToString(secret))))
                .isEqualTo(secret);
        assertThat(directory.resolve("data-check-in.key")).doesNotExist();
    }

    @Test
    void aShortSecretIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> CheckInMasterKey.of(properties("c2hvcnQ=")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pointsbank.check-in.secret")
                .hasMessageNotContaining("c2hvcnQ");
    }

    @Test
    void aSecretThatIsNotBase64IsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> CheckInMasterKey.of(properties("not base64 at all!")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pointsbank.check-in.secret")
                .hasMessageNotContaining("not base64");
    }
}
