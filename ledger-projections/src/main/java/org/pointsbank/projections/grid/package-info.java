/**
 * The grid read model: the city's five-level tree of cells with the station each names, its subtrees and the
 * station that handles reports in a cell (its own, else the nearest ancestor's). Streaming, rebuilt by replay.
 */
package org.pointsbank.projections.grid;
