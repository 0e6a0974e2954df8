/** The statement read model: a card's entries with running balances, rebuilt by {@code StatementProjection}. */
package org.pointsbank.projections.statement;
