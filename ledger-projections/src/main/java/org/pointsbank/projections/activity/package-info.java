/**
 * The activity read models: the directory of activities (which station, kind, title and date; kept in the recording
 * transaction) and the activities with their rosters (streaming, rebuildable).
 */
package org.pointsbank.projections.activity;
