/** The station's public surface: its commands and events. */
package org.pointsbank.core.station.api;
