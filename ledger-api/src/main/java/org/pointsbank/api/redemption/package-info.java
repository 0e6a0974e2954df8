/**
 * Gift redemptions: placing one (gift stock, then card points, then the redemption, in one unit of work),
 * fulfilling or cancelling it, the process that carries the outcome to the card and the gift, and the expiry sweep.
 */
package org.pointsbank.api.redemption;
