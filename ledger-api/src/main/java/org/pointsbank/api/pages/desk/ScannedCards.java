package org.pointsbank.api.pages.desk;

import java.util.Arrays;
import java.util.List;

/**
 * What a scanner or a person typed for cards: each a card's id or the text of its QR code, read as the desk's card
 * field reads it ({@link CardScan}); several, separated by spaces, commas or lines, for a roster. Text that is no
 * card is passed on as typed, so the service's refusal (404 CARD_NOT_FOUND) names it.
 */
final class ScannedCards {

    private ScannedCards() {}

    static String one(String scanned) {
        return scanned == null ? null : CardScan.cardId(scanned).orElse(scanned.strip());
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
