package org.pointsbank.api.pages.shared;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The station a desk works for, kept in the session: an admin picks one of all stations, staff one of theirs (one
 * station is picked for them). Only a choice of view: every action still checks the user's right at that station
 * through the same access rules as the API.
 */
public final class CurrentStation {

    static final String ATTRIBUTE = "pointsbank.desk.station";

    private CurrentStation() {}

    public static Optional<String> of(HttpSession session) {
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(ATTRIBUTE));
    }

    public static void choose(HttpSession session, String stationId) {
        session.setAttribute(ATTRIBUTE, stationId);
    }
}
