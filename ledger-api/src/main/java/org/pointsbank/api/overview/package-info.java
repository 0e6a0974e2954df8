/**
 * The month at a glance, for the charts on the desk and on the volunteer's page and for the API: a station's points
 * by kind per week, activities held and problem reports reported and handled; a card's months. Each figure is read
 * from the read models once, here, and both the API and the pages call these services.
 */
package org.pointsbank.api.overview;
