package org.pointsbank.api.web;

/** What {@code POST /cards} answers. */
public record CardIssuedResponse(String cardId, String stationId, String status) {
}
