package org.pointsbank.api.idempotency;

/** The response a request got, kept to be replayed under its idempotency key. */
public record StoredResponse(String requestHash, int status, String body) {}
