/** The card-balance read model: one row a card, rebuilt from the log by {@code CardBalanceProjection}. */
package org.pointsbank.projections.balance;
