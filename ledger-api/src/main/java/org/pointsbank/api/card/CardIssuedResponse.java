package org.pointsbank.api.card;

/** What {@code POST /cards} answers. */
public record CardIssuedResponse(String cardId, String stationId, String status) {}
