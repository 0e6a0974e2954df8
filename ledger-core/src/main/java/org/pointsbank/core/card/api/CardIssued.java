package org.pointsbank.core.card.api;

import java.time.Instant;

/** A reward card was opened at a station. */
public record CardIssued(String cardId, String stationId, Instant issuedAt) {}
