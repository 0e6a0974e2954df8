package org.pointsbank.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.certificate.api.CertificateIssued;
import org.pointsbank.core.certificate.api.CertificateNumbered;

/** The audit trail names the card and issuing station of a certificate, and the station of its number. */
class CertificateFactsTest {

    private static final Instant NINE = Instant.parse("2026-03-15T01:00:00Z");

    @Test
    void anIssueNamesItsCardAndStation() {
        CertificateIssued issued = new CertificateIssued(
                "c-1",
                "STATION-A-2026-000001",
                "card-ann",
                "station-a",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 15),
                Map.of(2026, 60),
                60,
                0,
                List.of(),
                List.of(),
                List.of("e1"),
                NINE);

        assertThat(EventFacts.of(issued)).isEqualTo(new EventFacts("card-ann", "station-a", null, null, null));
    }

    @Test
    void aNumberNamesTheStationOfItsRegister() {
        assertThat(EventFacts.of(new CertificateNumbered("station-a/2026", "c-1", 1, "STATION-A-2026-000001", NINE)))
                .isEqualTo(new EventFacts(null, "station-a", null, null, null));
    }
}
