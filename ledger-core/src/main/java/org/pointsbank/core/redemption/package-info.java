/** The Redemption aggregate: one gift redemption from reservation to fulfilment, cancellation or expiry. */
package org.pointsbank.core.redemption;
