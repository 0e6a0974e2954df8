/** The redemption read model: every redemption's state, for the desks and the expiry sweep. */
package org.pointsbank.projections.redemption;
