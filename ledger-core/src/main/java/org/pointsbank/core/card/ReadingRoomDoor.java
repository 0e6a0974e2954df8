package org.pointsbank.core.card;

/**
 * Whether a code is the one on the door of a station's reading room now (the service's rotating check-in codes).
 * Injected into the card's handlers, so the code is checked in the command that uses it and never recorded.
 */
@FunctionalInterface
public interface ReadingRoomDoor {

    boolean accepts(String stationId, String code);
}
