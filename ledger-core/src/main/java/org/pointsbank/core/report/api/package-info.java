/**
 * Commands and events of problem reports: submission, triage, dispatch, resolution, verification and photos. Every
 * event names who acted ({@code by}) and when ({@code at}), so a report's timeline is its events.
 */
package org.pointsbank.core.report.api;
