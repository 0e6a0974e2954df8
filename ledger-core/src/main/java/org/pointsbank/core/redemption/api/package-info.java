/** Commands and events of redemptions. */
package org.pointsbank.core.redemption.api;
