package org.pointsbank.core.card;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/**
 * A certificate's period is not one the card can describe: {@code from} after {@code to}, {@code to} in the future,
 * more than {@link ServiceRecords#MAX_YEARS} years, or more entries than one certificate may count.
 */
public final class InvalidCertificatePeriod extends RuleViolation {

    public InvalidCertificatePeriod(String field, String message) {
        super("INVALID_CERTIFICATE_PERIOD", RuleKind.RULE_REFUSED, message, field);
    }
}
