package org.pointsbank.api.card;

/** What {@code POST /cards/{cardId}/closure} answers. */
public record CardClosedResponse(String cardId, String status) {}
