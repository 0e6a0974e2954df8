/** Ledger-changing requests run once per Idempotency-Key: the key's check, the stored responses and their purge. */
package org.pointsbank.api.idempotency;
