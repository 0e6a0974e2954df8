package org.pointsbank.core.card.api;

import java.time.Instant;
import java.util.List;

/**
 * The card learnt that these months ({@code 2026-10}) are closed: their entries can no longer be recorded nor
 * reversed, so the card keeps of them only what its rules still read (their entry ids, what kind of entry each
 * was, and what its record of service counts per day). Written by an accepted credit or reversal that found an
 * older month of the card closed; it changes no balance and no statement.
 */
public record MonthsSettled(String cardId, List<String> months, Instant recordedAt) {

    public MonthsSettled {
        months = List.copyOf(months);
    }
}
