/**
 * Problem reports through HTTP: submission (on a card, to the station that handles the report's grid cell), triage,
 * dispatch, resolution and an independent verification that credits the reporter's card exactly once; the report
 * with its timeline, lists, a card's reports and the monthly statistics.
 */
package org.pointsbank.api.report;
