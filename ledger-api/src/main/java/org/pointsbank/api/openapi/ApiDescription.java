package org.pointsbank.api.openapi;

/** The document's description: the rules every operation follows, so that operations need not repeat them. */
final class ApiDescription {

    static final String TEXT = """
            Reward cards for volunteers: credits for volunteer hours and study sessions, reversals, balances at any
            instant and statements; a gift catalogue per station and redemptions against it; monthly rankings,
            closing a month with its objections and commendations; users, audit and operations.

            **Signing in.** Every operation needs a signed-in user: HTTP Basic by default, or a bearer JWT when the
            service is configured for it. What a user may do follows from their role (ADMIN, AUDITOR, STAFF of their
            stations, VOLUNTEER of their card); each operation says who may call it.

            **Idempotency.** Every change of the ledger, and every POST, PUT and DELETE without a JSON body, needs an
            `Idempotency-Key` header (the operation lists it where it is required). A change of the ledger is
            recorded under the key: sent again with the same key and body it answers what it answered the first time
            (with `Idempotency-Replayed: true`), with another body 422 `IDEMPOTENCY_KEY_REUSED`, and while the first is
            still running 409 `IDEMPOTENCY_KEY_IN_FLIGHT`.

            **Refusals** are RFC 9457 `application/problem+json` documents (schema `Problem`) with a stable
            upper-snake `code`, and `errors: [{field, message}]` naming the fields at fault. Each operation lists the
            codes it can answer under each status. A refused request changes nothing. Refusals about a card the
            caller may not read keep status, `code` and field, but their `detail` is a fixed sentence that tells
            nothing about the card.

            **503 UNAVAILABLE** carries `outcome`: `NOT_RECORDED` (the database was lost before anything could be
            committed) or `UNKNOWN` (lost while a changing request ran or committed: it may or may not have taken
            effect). Where the answer is recorded under the Idempotency-Key, send it again with the same key: it
            replays the answer if it was recorded and records it once if not; otherwise look before sending it again.
            `Retry-After` says when, either way.

            **Text.** Every string of a request (body fields, list elements, map keys, path variables, query
            parameters, and the headers Idempotency-Key, X-Correlation-Id and Accept) must be printable Unicode: NUL,
            C0/C1 controls other than line feed, carriage return and tab, DEL, lone surrogates and non-characters are
            400 `VALIDATION_FAILED` naming the field. Free text is at most 2,000 characters (less where the field
            says), ids in bodies 64, path variables, query parameters and those headers 255 (Accept 1,000);
            passwords at most 72 bytes in UTF-8. JSON types are strict and a body is one JSON document. Instants in
            query parameters lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z. An Accept without JSON is
            406 before anything is recorded.

            **Times.** Instants are RFC 3339 in UTC; business dates (`occurredOn`) are local dates in the service's
            zone; months are `YYYY-MM`. Points are integers, durations integer `minutes`.

            **Correlation.** A request may name itself with `X-Correlation-Id` (1 to 100 of `A-Za-z0-9._:-`); the
            answer echoes it (or a new id) and every event the request causes records it.""";

    private ApiDescription() {}
}
