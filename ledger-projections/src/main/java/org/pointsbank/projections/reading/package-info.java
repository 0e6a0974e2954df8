/** The reading-session read model: every self-service reading session of a card and how it ended. */
package org.pointsbank.projections.reading;
