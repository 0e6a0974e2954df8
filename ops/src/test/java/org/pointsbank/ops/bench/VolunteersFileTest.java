package org.pointsbank.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.ops.OpsFailure;

class VolunteersFileTest {

    @TempDir
    Path dir;

    @Test
    void writesAndReadsBackTheVolunteers() {
        Path file = dir.resolve("sub/volunteers.csv");
        List<BenchVolunteer> volunteers = List.of(
                new BenchVolunteer("bench-v-1a2b3c4d-0001", "pw-0123456789ab", "card-1", "bench-01"),
                new BenchVolunteer("bench-v-1a2b3c4d-0002", "pw-0123456789ab", "card-2", "bench-02"));

        VolunteersFile.write(file, volunteers);

        assertThat(VolunteersFile.read(file)).isEqualTo(volunteers);
    }

    @Test
    void aMissingFileListsNoneAndCommentsAreSkipped() throws Exception {
        assertThat(VolunteersFile.read(dir.resolve("none.csv"))).isEmpty();
        Path file = dir.resolve("v.csv");
        Files.writeString(file, "# made by hand\nusername,password,card_id,station_id\n\nu,p,c,s\n");
        assertThat(VolunteersFile.read(file)).containsExactly(new BenchVolunteer("u", "p", "c", "s"));
    }

    @Test
    void refusesALineWithoutFourFields() throws Exception {
        Path file = dir.resolve("v.csv");
        Files.writeString(file, "u,p,c,s\nu,p,,s\n");
        assertThatThrownBy(() -> VolunteersFile.read(file))
                .isInstanceOf(OpsFailure.class)
                .hasMessage(file + " line 2: expected username,password,card_id,station_id");
    }
}
