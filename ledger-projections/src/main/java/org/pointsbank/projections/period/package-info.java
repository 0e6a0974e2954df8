/** The period lifecycle read model: closed months, their objections and commendations. */
package org.pointsbank.projections.period;
