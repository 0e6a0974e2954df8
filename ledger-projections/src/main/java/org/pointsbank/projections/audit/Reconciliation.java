package org.pointsbank.projections.audit;

import java.util.List;

/**
 * Balances recomputed from the event log compared with the balance read model, both as of
 * the read model's own position {@code checkedThrough}.
 */
public record Reconciliation(boolean ok, long cardsChecked, long checkedThrough, List<CardDifference> differences) {}
