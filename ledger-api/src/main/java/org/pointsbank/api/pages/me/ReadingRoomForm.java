package org.pointsbank.api.pages.me;

/**
 * The one-tap reading-room form: the station and the code of the scanned URL, the {@code step} the page offered
 * ({@code START}, or {@code END} of the card's open {@code session}) and the form's key.
 */
public record ReadingRoomForm(String station, String code, String step, String session, String formKey) {

    public static final String START = "START";
    public static final String END = "END";
}
