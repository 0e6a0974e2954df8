package org.pointsbank.ops.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.pointsbank.ops.OpsFailure;

/**
 * The volunteer accounts of {@code bench check-ins}, kept so that a later run reuses them instead of making
 * new users and cards: {@code username,password,card_id,station_id}, one a line; {@code #} starts a comment.
 * The passwords are the bench's own, random, and in clear: keep the file with the benchmark data.
 */
final class VolunteersFile {

    static final String HEADER = "username,password,card_id,station_id";

    private VolunteersFile() {}

    /** The volunteers listed; none when the file does not exist. */
    static List<BenchVolunteer> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OpsFailure("cannot read the volunteers file " + file + ": " + e.getMessage(), e);
        }
        List<BenchVolunteer> volunteers = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || text.equals(HEADER)) {
                continue;
            }
            String[] fields = text.split(",", -1);
            if (fields.length != 4 || List.of(fields).stream().anyMatch(String::isBlank)) {
                throw new OpsFailure(file + " line " + number + ": expected " + HEADER);
            }
            volunteers.add(new BenchVolunteer(fields[0], fields[1], fields[2], fields[3]));
        }
        return volunteers;
    }

    /** Writes them through a temporary file (never half written). */
    static void write(Path file, List<BenchVolunteer> volunteers) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        volunteers.forEach(v -> lines.add(String.join(",", v.username(), v.password(), v.cardId(), v.stationId())));
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path temporary = Files.createTempFile(
                    absolute.getParent(), absolute.getFileName().toString(), ".tmp");
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new OpsFailure("cannot write the volunteers file " + file + ": " + e.getMessage(), e);
        }
    }
}
