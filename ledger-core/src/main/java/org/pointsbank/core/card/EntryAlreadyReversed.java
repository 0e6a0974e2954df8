package org.pointsbank.core.card;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** An entry is reversed at most once. */
public final class EntryAlreadyReversed extends RuleViolation {

    public EntryAlreadyReversed(String entryId) {
        super("ENTRY_ALREADY_REVERSED", RuleKind.STATE_CONFLICT, "entry " + entryId + " is already reversed");
    }
}
