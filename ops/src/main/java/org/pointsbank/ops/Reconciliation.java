package org.pointsbank.ops;

import java.util.List;

/** {@code GET /api/v1/audit/reconciliation}: read-model balances against the event log. */
record Reconciliation(boolean ok, long cardsChecked, long checkedThrough, List<Difference> differences) {

    Reconciliation {
        differences = differences == null ? List.of() : List.copyOf(differences);
    }

    boolean clean() {
        return ok && differences.isEmpty();
    }
}
