package org.pointsbank.core.card;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/**
 * A reservation holds at least one point. The API asks for the gift's price times the quantity, both at least 1,
 * so no request of its own meets this; another sender of {@code ReservePoints} would.
 */
public final class InvalidReservation extends RuleViolation {

    public InvalidReservation(long points) {
        super("INVALID_RESERVATION", RuleKind.INVALID_INPUT, "a reservation holds at least one point, not " + points);
    }
}
