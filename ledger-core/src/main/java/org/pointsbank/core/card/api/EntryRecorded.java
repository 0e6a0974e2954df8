package org.pointsbank.core.card.api;

import java.time.Instant;
import java.time.LocalDate;
import org.pointsbank.core.shared.EntryType;

/**
 * What a credit or reversal command answers: the entry as recorded, with the card's balance
 * right after it. {@code reverses} is set on reversals only.
 */
public record EntryRecorded(
        String entryId,
        String cardId,
        EntryType type,
        long points,
        long balance,
        LocalDate occurredOn,
        Instant recordedAt,
        String policyVersion,
        String reverses) {}
