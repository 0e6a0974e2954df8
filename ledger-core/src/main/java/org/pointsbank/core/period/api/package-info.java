/** Commands and events of the monthly ranking period: closing, objections, commendations. */
package org.pointsbank.core.period.api;
