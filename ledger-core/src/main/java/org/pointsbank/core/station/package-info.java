/** The Station aggregate: stations are registered once and named by a slug. */
package org.pointsbank.core.station;
