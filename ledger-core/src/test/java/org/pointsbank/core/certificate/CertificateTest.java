package org.pointsbank.core.certificate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.certificate.api.CertificateIssued;
import org.pointsbank.core.certificate.api.Commendation;
import org.pointsbank.core.certificate.api.IssueCertificate;
import org.pointsbank.core.shared.LedgerCalendar;

@DisplayName("Certificate")
class CertificateTest {

    private static final Instant NOW = Instant.parse("2026-11-03T02:00:00Z");
    private static final LocalDate FROM = LocalDate.of(2025, 12, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 3);
    private static final List<Commendation> COMMENDATIONS = List.of(new Commendation("2026-10", "yungu", 1));

    @Test
    void issuingRecordsTheFiguresTheCardDescribedAtTheLedgersClock() {
        AggregateTestFixture<Certificate> fixture = new AggregateTestFixture<>(Certificate.class);
        fixture.registerInjectableResource(new LedgerCalendar(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), 60));

        fixture.givenNoPriorActivity()
                .when(new IssueCertificate(
                        "c-1",
                        "YUNGU-2026-000001",
                        "card-1",
                        "yungu",
                        FROM,
                        TO,
                        Map.of(2025, 60, 2026, 120),
                        180,
                        45,
                        List.of("act-1"),
                        COMMENDATIONS,
                        List.of("e1", "e2", "s1")))
                .expectEvents(issued())
                .expectResultMessagePayload(issued());
    }

    private static CertificateIssued issued() {
        return new CertificateIssued(
                "c-1",
                "YUNGU-2026-000001",
                "card-1",
                "yungu",
                FROM,
                TO,
                Map.of(2025, 60, 2026, 120),
                180,
                45,
                List.of("act-1"),
                COMMENDATIONS,
                List.of("e1", "e2", "s1"),
                NOW);
    }
}
