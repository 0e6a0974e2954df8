package org.pointsbank.api.pages.desk;

import jakarta.servlet.http.HttpSession;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pointsbank.api.pages.shared.CurrentStation;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.api.security.Role;
import org.pointsbank.projections.station.StationRepository;
import org.pointsbank.projections.station.StationRow;
import org.springframework.stereotype.Component;

/**
 * The stations a desk may work for (an admin: every station; staff: theirs) and the one it works for now, kept in
 * the session ({@link CurrentStation}). Staff with one station have it chosen for them; a choice the user may no
 * longer make is forgotten. Only the view: each action is still checked by the API's access rules.
 */
@Component
class DeskStations {

    private final StationRepository stations;

    DeskStations(StationRepository stations) {
        this.stations = stations;
    }

    /** The stations the user may pick, by name. */
    List<StationRow> choices(LedgerUser user) {
        return stations.findAll().stream()
                .filter(s -> user.is(Role.ADMIN) || user.worksAt(s.stationId()))
                .sorted(Comparator.comparing(StationRow::name).thenComparing(StationRow::stationId))
                .toList();
    }

    /** Whether the user may work for the station at the desk. */
    boolean mayChoose(LedgerUser user, String stationId) {
        return stationId != null && (user.worksAt(stationId) || (user.is(Role.ADMIN) && stations.exists(stationId)));
    }

    /** The station the desk works for now, if one is chosen (or the only one the user has). */
    Optional<String> current(LedgerUser user, HttpSession session) {
        Optional<String> chosen = CurrentStation.of(session).filter(s -> mayChoose(user, s));
        if (chosen.isPresent()) {
            return chosen;
        }
        if (user.is(Role.STAFF) && user.stationIds().size() == 1) {
            String only = user.stationIds().iterator().next();
            CurrentStation.choose(session, only);
            return Optional.of(only);
        }
        return Optional.empty();
    }

    /** The station's name, or its id when it is not (yet) in the read model. */
    String name(String stationId) {
        return stations.find(stationId).map(StationRow::name).orElse(stationId);
    }
}
