/** Stations: registering one, listing them, and the check that a request names a registered station. */
package org.pointsbank.api.station;
