package org.pointsbank.api.card;

import java.time.Instant;

/** {@code GET /cards/{cardId}/balance?asOf=}: the balance as recorded at that instant. */
public record BalanceResponse(String cardId, Instant asOf, long balance) {}
