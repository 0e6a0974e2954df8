package org.pointsbank.core.card;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** The card has no entry with that id. */
public final class EntryNotFound extends RuleViolation {

    public EntryNotFound(String cardId, String entryId) {
        super("ENTRY_NOT_FOUND", RuleKind.NOT_FOUND, "card " + cardId + " has no entry " + entryId);
    }
}
