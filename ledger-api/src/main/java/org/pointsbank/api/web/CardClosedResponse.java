package org.pointsbank.api.web;

/** What {@code POST /cards/{cardId}/closure} answers. */
public record CardClosedResponse(String cardId, String status) {
}
