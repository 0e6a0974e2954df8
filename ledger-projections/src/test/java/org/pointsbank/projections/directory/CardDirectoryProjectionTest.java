package org.pointsbank.projections.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.projections.testing.CardEvents.card;

import java.time.LocalDate;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.projections.testing.CardEvents;
import org.pointsbank.projections.testing.ProjectionTest;

class CardDirectoryProjectionTest extends ProjectionTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private CardDirectoryProjection projection;
    private CardDirectory directory;

    @BeforeEach
    void projection() {
        projection = new CardDirectoryProjection(jdbc);
        directory = new CardDirectory(jdbc);
    }

    @Test
    void aCardBelongsToItsIssuingStationAndEachEntryToTheStationWhereItWasEarned() {
        CardEvents ann = card("card-ann", "station-a");
        CardEvents bob = card("card-bob", "station-b");
        recorded(
                projection,
                ann.issued(),
                bob.issued(),
                ann.volunteeredAt("station-b", "e1", 60, 10, MARCH_2),
                ann.studied("e2", 30, 3, MARCH_2),
                ann.reversed("e3", "e2", EntryType.STUDY_SESSION, 30, 3, MARCH_2),
                ann.commended("e4", "2026-02", 1, 5));

        assertThat(directory.stationOfCard("card-ann")).contains("station-a");
        assertThat(directory.stationOfCard("card-bob")).contains("station-b");
        assertThat(directory.stationOfEntry("card-ann", "e1")).contains("station-b");
        assertThat(directory.stationOfEntry("card-ann", "e2")).contains("station-a");
        assertThat(directory.stationOfEntry("card-ann", "e3")).contains("station-a");
        assertThat(directory.stationOfEntry("card-ann", "e4")).contains("station-a");
        assertThat(directory.stationOfEntry("card-bob", "e1"))
                .as("another card's entry")
                .isEmpty();
        assertThat(directory.stationOfCard("card-nobody")).isEmpty();
    }

    @Test
    void eventsHandledAgainChangeNothingAndAResetEmptiesBothTables() {
        CardEvents ann = card("card-ann", "station-a");
        var issued = ann.issued();
        var credited = ann.volunteered("e1", 60, 10, MARCH_2);
        recorded(projection, issued, credited, issued, credited);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM entry_directory", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM card_directory", Long.class))
                .isEqualTo(1);

        new AnnotationEventHandlerAdapter(projection).prepareReset();

        assertThat(directory.stationOfCard("card-ann")).isEmpty();
        assertThat(directory.stationOfEntry("card-ann", "e1")).isEmpty();
    }
}
