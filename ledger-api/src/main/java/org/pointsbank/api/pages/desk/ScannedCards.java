package org.pointsbank.api.pages.desk;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a scanner or a person typed for a card: its id, or the text of the card's QR code ({@code
 * pointsbank:card:<id>}, see {@code CardQrController}); several, separated by spaces, commas or lines, for a roster.
 * Only the prefix and the case are normalised: whether it names a card is the service's answer.
 */
final class ScannedCards {

    private static final String PREFIX = "pointsbank:card:";

    private ScannedCards() {}

    static String one(String scanned) {
        if (scanned == null) {
            return null;
        }
        String text = scanned.strip();
        if (text.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            text = text.substring(PREFIX.length()).strip();
        }
        return text.toLowerCase(Locale.ROOT);
    }

    static List<String> many(String scanned) {
        if (scanned == null) {
            return List.of();
        }
        return Arrays.stream(scanned.split("[\\s,;]+"))
                .filter(part -> !part.isBlank())
                .map(ScannedCards::one)
                .distinct()
                .toList();
    }
}
