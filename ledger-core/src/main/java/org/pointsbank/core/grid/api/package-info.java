/** Commands and events of the city's five-level grid: cells and the station that handles reports in each. */
package org.pointsbank.core.grid.api;
