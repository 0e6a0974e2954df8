package org.pointsbank.core.card.api;

import java.time.Instant;

/** A card stopped earning points. */
public record CardClosed(String cardId, String reason, Instant closedAt) {}
