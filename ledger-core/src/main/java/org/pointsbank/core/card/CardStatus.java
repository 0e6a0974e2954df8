package org.pointsbank.core.card;

/** Whether a card may still earn points. */
public enum CardStatus {
    ACTIVE,
    CLOSED
}
