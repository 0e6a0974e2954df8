package org.pointsbank.core.card.api;

import java.time.Instant;

/** A reading session was opened on the card at a station's reading room; the card has no other open session. */
public record ReadingSessionStarted(String cardId, String sessionId, String stationId, Instant startedAt) {}
