package org.pointsbank.api.pages.me;

/**
 * The one-tap check-in form: the activity and the code of the scanned URL, the {@code step} the page offered
 * ({@code IN} or {@code OUT}, from the card's roster line when the page was shown) and the form's key.
 */
public record CheckInForm(String activity, String code, String step, String formKey) {

    public static final String IN = "IN";
    public static final String OUT = "OUT";
}
