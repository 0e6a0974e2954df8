/**
 * Activities and attendance: planning, the roster, check-in and check-out (by card at the desk, by the activity's
 * rotating code for volunteers), attendance on paper, and the close that credits every attendee exactly once.
 */
package org.pointsbank.api.activity;
