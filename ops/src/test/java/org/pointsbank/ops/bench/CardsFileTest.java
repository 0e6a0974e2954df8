package org.pointsbank.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.ops.OpsFailure;

class CardsFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);

    @TempDir
    Path dir;

    @Test
    void roundTripsCardsAndTheMinutesCountedPerDay() throws Exception {
        Path file = dir.resolve("cards.csv");
        List<BenchCard> cards = List.of(new BenchCard("c-1", "bench-01"), new BenchCard("c-2", "bench-02"));
        DailyCaps caps = new DailyCaps(2, TODAY, 60);
        caps.addVolunteerMinutes(0, TODAY, 36);
        caps.addVolunteerMinutes(0, TODAY.minusDays(3), 720);

        CardsFile.write(file, cards, caps);
        CardsFile read = CardsFile.read(file);

        assertThat(Files.readAllLines(file))
                .containsExactly(
                        "card_id,station_id,volunteer_minutes",
                        "c-1,bench-01,2026-11-12=720 2026-11-15=36",
                        "c-2,bench-02,");
        assertThat(read.cards()).isEqualTo(cards);
        DailyCaps again = read.caps(TODAY, 60);
        assertThat(again.volunteerByDate(0)).isEqualTo(Map.of(TODAY, 36, TODAY.minusDays(3), 720));
        assertThat(again.volunteerByDate(1)).isEmpty();
    }

    @Test
    void dropsDaysThatLeftTheWindowSinceTheFileWasWritten() throws Exception {
        Path file = dir.resolve("cards.csv");
        Files.writeString(file, "# from an older run\nc-1,bench-01,2026-09-01=720 2026-11-01=6\nc-2,bench-01\n");

        DailyCaps caps = CardsFile.read(file).caps(TODAY, 60);

        assertThat(caps.volunteerByDate(0)).isEqualTo(Map.of(LocalDate.of(2026, 11, 1), 6));
        assertThat(caps.cards()).isEqualTo(2);
    }

    @Test
    void explainsAMissingEmptyOrMalformedFile() throws Exception {
        assertThatThrownBy(() -> CardsFile.read(dir.resolve("nope.csv")))
                .isInstanceOf(OpsFailure.class)
                .hasMessageContaining("run `bench seed` first");

        Path empty = Files.writeString(dir.resolve("empty.csv"), "card_id,station_id,volunteer_minutes\n");
        assertThatThrownBy(() -> CardsFile.read(empty)).hasMessageContaining("lists no cards");

        Path bad = Files.writeString(dir.resolve("bad.csv"), "c-1,bench-01,2026-11-01:6\n");
        assertThatThrownBy(() -> CardsFile.read(bad))
                .hasMessageContaining("line 1: '2026-11-01:6' is not date=minutes");

        Path short1 = Files.writeString(dir.resolve("short.csv"), "\nc-1\n");
        assertThatThrownBy(() -> CardsFile.read(short1)).hasMessageContaining("line 2: expected card_id,station_id");
    }
}
