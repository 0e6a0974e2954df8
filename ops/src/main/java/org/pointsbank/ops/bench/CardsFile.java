package org.pointsbank.ops.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.pointsbank.ops.OpsFailure;

/**
 * The cards of a benchmark, hottest first, with the volunteer minutes the tool has credited per card and day:
 * <pre>
 * card_id,station_id,volunteer_minutes
 * 0b6f...,bench-01,2026-05-01=720 2026-05-02=36
 * </pre>
 * {@code bench seed} writes it; {@code bench run} and {@code bench lag} read it, start their cap tracking from
 * it, and write it back with what they added. Lines starting with {@code #} are comments.
 */
public record CardsFile(List<BenchCard> cards, List<SortedMap<LocalDate, Integer>> volunteerMinutes) {

    static final String HEADER = "card_id,station_id,volunteer_minutes";

    public CardsFile {
        cards = List.copyOf(cards);
        volunteerMinutes = List.copyOf(volunteerMinutes);
        if (cards.size() != volunteerMinutes.size()) {
            throw new IllegalArgumentException("one line of minutes per card");
        }
    }

    public static CardsFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OpsFailure("cannot read the cards file " + file + " (" + e.getMessage()
                    + "): run `bench seed` first, or pass --cards-file");
        }
        List<BenchCard> cards = new ArrayList<>();
        List<SortedMap<LocalDate, Integer>> minutes = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || text.equals(HEADER)) {
                continue;
            }
            String[] fields = text.split(",", -1);
            if (fields.length < 2 || fields.length > 3 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new OpsFailure(file + " line " + number + ": expected card_id,station_id[,volunteer_minutes]");
            }
            cards.add(new BenchCard(fields[0].strip(), fields[1].strip()));
            minutes.add(fields.length == 3 ? minutes(fields[2], file, number) : new TreeMap<>());
        }
        if (cards.isEmpty()) {
            throw new OpsFailure("the cards file " + file + " lists no cards: run `bench seed` first");
        }
        return new CardsFile(cards, minutes);
    }

    /** A cap tracker for the window {@code [today - backdatingDays, today]}, with the minutes this file records counted. */
    public DailyCaps caps(LocalDate today, int backdatingDays) {
        DailyCaps caps = new DailyCaps(cards.size(), today, backdatingDays);
        for (int card = 0; card < cards.size(); card++) {
            int index = card;
            volunteerMinutes.get(card).forEach((date, used) -> caps.addVolunteerMinutes(index, date, used));
        }
        return caps;
    }

    /** Writes the cards with the minutes {@code caps} counted, through a temporary file (never half written). */
    public static void write(Path file, List<BenchCard> cards, DailyCaps caps) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (int card = 0; card < cards.size(); card++) {
            BenchCard c = cards.get(card);
            String used = caps == null
                    ? ""
                    : caps.volunteerByDate(card).entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining(" "));
            lines.add(c.cardId() + "," + c.stationId() + "," + used);
        }
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path temporary = Files.createTempFile(
                    absolute.getParent(), absolute.getFileName().toString(), ".tmp");
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new OpsFailure("cannot write the cards file " + file + ": " + e.getMessage(), e);
        }
    }

    private static SortedMap<LocalDate, Integer> minutes(String field, Path file, int number) {
        SortedMap<LocalDate, Integer> used = new TreeMap<>();
        for (String entry : field.strip().split("\\s+")) {
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("=", 2);
            try {
                used.merge(LocalDate.parse(parts[0]), Integer.parseInt(parts[1]), Integer::sum);
            } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new OpsFailure(file + " line " + number + ": '" + entry + "' is not date=minutes");
            }
        }
        return used;
    }
}
