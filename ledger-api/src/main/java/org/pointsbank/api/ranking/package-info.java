/** Monthly standings per station and city-wide, and the entries that make up any ranked figure. */
package org.pointsbank.api.ranking;
