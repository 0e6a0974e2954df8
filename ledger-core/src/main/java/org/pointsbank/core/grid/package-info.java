/** The city's five-level grid: each cell, its place under its parent and the station that handles reports in it. */
package org.pointsbank.core.grid;
