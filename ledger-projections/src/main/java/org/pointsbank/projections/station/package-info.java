/** The station read model, kept in step with the log inside the recording transaction. */
package org.pointsbank.projections.station;
