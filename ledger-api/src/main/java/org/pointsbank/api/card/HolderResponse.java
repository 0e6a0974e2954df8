package org.pointsbank.api.card;

/** A card holder's personal data, for the staff of the card's station and the volunteer. */
public record HolderResponse(String cardId, String name, String phone) {}
