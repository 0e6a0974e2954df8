package org.pointsbank.core.card;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** Entry ids are unique on a card; a second entry under the same id is refused. */
public final class DuplicateEntryId extends RuleViolation {

    public DuplicateEntryId(String entryId) {
        super("DUPLICATE_ENTRY_ID", RuleKind.STATE_CONFLICT, "entry id " + entryId + " is already used");
    }
}
