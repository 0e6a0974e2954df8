/**
 * The problem report read model: each report and where it stands, its timeline (one line per event, the reward's
 * credit included), its photos' references, the lists of a station, a cell and a card, and the monthly statistics
 * of any cell (with every cell below it) or station. Streaming, rebuilt by replay.
 */
package org.pointsbank.projections.report;
