package org.pointsbank.core.certificate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.certificate.api.CertificateNumbered;
import org.pointsbank.core.certificate.api.NumberCertificate;
import org.pointsbank.core.shared.LedgerCalendar;

@DisplayName("CertificateRegister")
class CertificateRegisterTest {

    private static final Instant NOW = Instant.parse("2026-11-03T02:00:00Z");
    private static final String REGISTER = "yungu/2026";

    private static AggregateTestFixture<CertificateRegister> fixture() {
        AggregateTestFixture<CertificateRegister> fixture = new AggregateTestFixture<>(CertificateRegister.class);
        fixture.registerInjectableResource(new LedgerCalendar(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), 60));
        return fixture;
    }

    @Test
    void theFirstCertificateOfAStationsYearIsNumberOne() {
        fixture()
                .givenNoPriorActivity()
                .when(new NumberCertificate("yungu", 2026, "c-1"))
                .expectEvents(new CertificateNumbered(REGISTER, "c-1", 1, "YUNGU-2026-000001", NOW))
                .expectResultMessagePayload(new CertificateNumbered(REGISTER, "c-1", 1, "YUNGU-2026-000001", NOW));
    }

    @Test
    void theNextNumberFollowsTheLastWithoutAGap() {
        fixture()
                .given(
                        new CertificateNumbered(REGISTER, "c-1", 1, "YUNGU-2026-000001", NOW),
                        new CertificateNumbered(REGISTER, "c-2", 2, "YUNGU-2026-000002", NOW))
                .when(new NumberCertificate("yungu", 2026, "c-3"))
                .expectEvents(new CertificateNumbered(REGISTER, "c-3", 3, "YUNGU-2026-000003", NOW));
    }

    @Test
    void aRegisterIdThatDoesNotMatchTheStationAndYearIsAProgrammingError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new NumberCertificate("xixi/2026", "yungu", 2026, "c-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
