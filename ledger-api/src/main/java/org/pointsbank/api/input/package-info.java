/**
 * Text, parameters and instants at the boundary: one rule for every string the API accepts (bodies, path
 * variables, query parameters, the headers it reads), passwords limited in bytes, and instants within the range
 * the ledger can store. Refusals are 400 {@code VALIDATION_FAILED} naming the field, before anything is recorded.
 */
package org.pointsbank.api.input;
