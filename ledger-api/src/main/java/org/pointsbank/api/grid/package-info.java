/**
 * The city's five-level grid: adding cells, naming the station that handles reports in a cell, reading the tree,
 * and {@link org.pointsbank.api.grid.HandlingStations}, which finds a cell's handling station from the log by walking
 * up its parents.
 */
package org.pointsbank.api.grid;
