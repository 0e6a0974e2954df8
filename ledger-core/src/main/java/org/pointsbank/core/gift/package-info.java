/** A station's gift catalogue: each gift an aggregate with its price, stock and limits (issue 8). */
package org.pointsbank.core.gift;
