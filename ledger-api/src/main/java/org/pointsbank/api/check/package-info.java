/**
 * The nightly checks: the chain verification and the reconciliation on a schedule, once across instances, their
 * outcomes kept in {@code check_run} and exported by every instance as {@code pointsbank.check.*}.
 */
package org.pointsbank.api.check;
