/** A station's gift catalogue: each gift an aggregate with its price, stock and limits. */
package org.pointsbank.core.gift;
