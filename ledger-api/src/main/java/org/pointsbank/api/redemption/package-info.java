/** Carrying gift redemptions through: the process that finishes them on cards and gifts, and the expiry sweep. */
package org.pointsbank.api.redemption;
