package org.pointsbank.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.card.api.ReadingSessionEnded;
import org.pointsbank.core.card.api.ReadingSessionStarted;
import org.pointsbank.core.card.api.ReadingSessionStatus;

/** The audit trail names the card and the reading room's station of every reading-session event. */
class ReadingSessionFactsTest {

    private static final Instant NINE = Instant.parse("2026-03-15T01:00:00Z");

    @Test
    void aStartNamesItsCardAndStation() {
        assertThat(EventFacts.of(new ReadingSessionStarted("card-ann", "s1", "station-a", NINE)))
                .isEqualTo(new EventFacts("card-ann", "station-a", null, null, null));
    }

    @Test
    void aCreditedEndAlsoNamesItsEntryButNotItsPointsWhichTheCreditCarries() {
        ReadingSessionEnded ended = new ReadingSessionEnded(
                "card-ann",
                "s1",
                "station-a",
                NINE,
                NINE.plusSeconds(3600),
                60,
                ReadingSessionStatus.CREDITED,
                "entry-1",
                10L,
                null);

        assertThat(EventFacts.of(ended)).isEqualTo(new EventFacts("card-ann", "station-a", "entry-1", null, null));
    }

    @Test
    void anUnfinishedEndNamesNoEntry() {
        ReadingSessionEnded ended = new ReadingSessionEnded(
                "card-ann",
                "s1",
                "station-b",
                NINE,
                NINE.plusSeconds(36_000),
                600,
                ReadingSessionStatus.UNFINISHED,
                null,
                null,
                null);

        assertThat(EventFacts.of(ended)).isEqualTo(new EventFacts("card-ann", "station-b", null, null, null));
    }
}
