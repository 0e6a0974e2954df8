/**
 * The monthly ranking period: closed once, then a public-notice window for objections, then commendations.
 * A closed period also freezes its entries: cards ask a {@link org.pointsbank.core.period.PeriodGate}.
 */
package org.pointsbank.core.period;
