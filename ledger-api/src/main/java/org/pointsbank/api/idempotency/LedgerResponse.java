package org.pointsbank.api.idempotency;

import org.springframework.http.HttpStatus;

/** What a ledger-changing request answers, before it is rendered and stored. */
public record LedgerResponse(HttpStatus status, Object body) {

    public static LedgerResponse created(Object body) {
        return new LedgerResponse(HttpStatus.CREATED, body);
    }

    public static LedgerResponse ok(Object body) {
        return new LedgerResponse(HttpStatus.OK, body);
    }
}
