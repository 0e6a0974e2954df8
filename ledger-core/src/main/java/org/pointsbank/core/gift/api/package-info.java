/** Commands and events of the gift catalogue. */
package org.pointsbank.core.gift.api;
