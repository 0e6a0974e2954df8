package org.pointsbank.api.pages.desk;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pointsbank.api.card.CardQrController;

/**
 * What the desk's card field takes: a card's id as typed, or the text of the card's QR code as a scanner types it,
 * {@code pointsbank:card:<id>} ({@link CardQrController#PREFIX}, exactly as the service prints it). Spaces around it
 * are dropped and the id is taken in lower case, as the service writes ids; anything else is no card.
 */
final class CardScan {

    private static final Pattern CARD_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private CardScan() {}

    /** The card id the field holds, if it holds one. */
    static Optional<String> cardId(String field) {
        if (field == null) {
            return Optional.empty();
        }
        String text = field.strip();
        if (text.startsWith(CardQrController.PREFIX)) {
            text = text.substring(CardQrController.PREFIX.length());
        }
        String id = text.toLowerCase(Locale.ROOT);
        return CARD_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }
}
