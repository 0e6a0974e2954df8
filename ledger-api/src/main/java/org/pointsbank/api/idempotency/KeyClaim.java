package org.pointsbank.api.idempotency;

/**
 * What claiming an idempotency key found: the response of the request that used it first ({@code earlier}), or none
 * (the key is now this request's), with the named aggregate's last sequence number in the log when the claim read
 * it ({@code logVersion}, null when none was named or its stream is empty).
 */
record KeyClaim(StoredResponse earlier, Long logVersion) {

    boolean claimed() {
        return earlier == null;
    }
}
