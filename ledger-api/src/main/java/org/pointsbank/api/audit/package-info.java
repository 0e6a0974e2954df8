/**
 * For auditors: the audit trail as JSON pages or CSV, verification of the event log's hash chain, reconciliation of
 * balances.
 */
package org.pointsbank.api.audit;
