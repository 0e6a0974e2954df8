/**
 * Problem reports: the lifecycle of one report from submission through triage, dispatch and resolution to an
 * independent verification, which names the reward its reporter's card is owed.
 */
package org.pointsbank.core.report;
