/** A card's statement: its entries oldest first with running balances, as JSON pages or streamed CSV. */
package org.pointsbank.api.statement;
