/**
 * Closing months: the public-notice window, objections to entries, the standings frozen and commendations confirmed.
 */
package org.pointsbank.api.period;
