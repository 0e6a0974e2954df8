package org.pointsbank.core.category;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A category's terms the catalogue refuses: its points are 0–100. */
public final class InvalidCategoryTerms extends RuleViolation {

    public InvalidCategoryTerms(String field, String message) {
        super("INVALID_CATEGORY_TERMS", RuleKind.RULE_REFUSED, message, field);
    }
}
