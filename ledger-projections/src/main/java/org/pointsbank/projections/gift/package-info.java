/** The gift catalogue read model: each station's gifts with price, stock and status. */
package org.pointsbank.projections.gift;
