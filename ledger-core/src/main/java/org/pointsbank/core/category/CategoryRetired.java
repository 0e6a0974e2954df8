package org.pointsbank.core.category;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/**
 * A retired category takes no new reports and is not retired twice. Named after its code, {@code CATEGORY_RETIRED};
 * the event that retires a category is {@code category.api.ReportCategoryRetired}.
 */
public final class CategoryRetired extends RuleViolation {

    public CategoryRetired(String code) {
        super("CATEGORY_RETIRED", RuleKind.RULE_REFUSED, "category " + code + " is retired", "categoryCode");
    }
}
