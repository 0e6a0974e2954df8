package org.pointsbank.core.grid;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A cell's parent must be exactly one level up; a county has none. */
public final class InvalidGridCell extends RuleViolation {

    public InvalidGridCell(String field, String message) {
        super("INVALID_GRID_CELL", RuleKind.RULE_REFUSED, message, field);
    }
}
