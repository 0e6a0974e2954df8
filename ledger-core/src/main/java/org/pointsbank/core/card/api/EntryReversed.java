package org.pointsbank.core.card.api;

import java.time.Instant;
import java.time.LocalDate;
import org.pointsbank.core.shared.EntryType;

/**
 * A credit was reversed by a new entry {@code entryId}. {@code points} and {@code minutes} are
 * the negated figures of the reversed entry; its station, type, business day and policy
 * version are repeated so every read model can undo it without looking anything up.
 */
public record EntryReversed(
        String cardId,
        String entryId,
        String reversedEntryId,
        EntryType reversedType,
        String stationId,
        LocalDate occurredOn,
        int minutes,
        long points,
        long balanceAfter,
        String reason,
        String policyVersion,
        Instant recordedAt) {}
