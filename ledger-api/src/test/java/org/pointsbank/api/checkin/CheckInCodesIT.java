package org.pointsbank.api.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.config.PointsBankProperties;
import org.springframework.beans.factory.annotation.Autowired;

/** The service's codes run on the ledger's clock, and their generated key is kept owner-only beside the data. */
class CheckInCodesIT extends IntegrationTest {

    @Autowired
    CheckInCodes codes;

    @Autowired
    PointsBankProperties properties;

    @Test
    void theServicesCodesFollowTheLedgersClock() {
        String scope = CheckInCodes.activityScope("codes-it-" + key());
        CheckInCode shown = codes.current(scope);
        assertThat(codes.accepts(scope, shown.code())).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(codes.accepts(scope, shown.code())).isFalse();
        assertThat(codes.current(scope).expiresAt()).isAfter(shown.expiresAt());
    }

    @Test
    void theGeneratedKeyIsKeptOwnerOnlyBesideTheDataDirectory() throws Exception {
        var file = CheckInMasterKey.keyFile(properties.dataDir());
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String scope = CheckInCodes.readingRoomScope("codes-it-" + key());
        CheckInCodes restarted = new CheckInCodes(properties, clock);
        assertThat(restarted.current(scope)).isEqualTo(codes.current(scope));
    }
}
