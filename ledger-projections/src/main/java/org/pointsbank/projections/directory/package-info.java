/** The directory read model: card and entry to station, kept in step with the log for authorisation. */
package org.pointsbank.projections.directory;
