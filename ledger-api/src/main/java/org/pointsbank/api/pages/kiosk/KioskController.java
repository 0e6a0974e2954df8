package org.pointsbank.api.pages.kiosk;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.pointsbank.api.checkin.CheckInCodes;
import org.pointsbank.api.checkin.CheckInUrls;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.pages.shared.CurrentStation;
import org.pointsbank.api.security.AccessPolicy;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.api.security.Role;
import org.pointsbank.projections.activity.ActivityRepository;
import org.pointsbank.projections.activity.ActivityRow;
import org.pointsbank.projections.station.StationRepository;
import org.pointsbank.projections.station.StationRow;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The kiosk: a station's open activities today and its reading room, and the full-screen code pages with the QR code
 * a volunteer scans and its digits, refreshed over htmx before each code expires. A kiosk account shows its own
 * station; staff and admins the desk's station ({@link CurrentStation}) or the one they pick. The codes are the API's
 * ({@code CheckInCodes}, {@code CheckInUrls}) under the same access rules.
 */
@Controller
@RequestMapping("/kiosk")
public class KioskController {

    /**
     * A station asked for by {@code ?station=}: the API's rule for its codes (as {@code GET
     * /api/v1/stations/{stationId}/reading-room/code}). Without one, the handler checks the same rule on the station
     * it falls back to. Showing a station changes nothing: the desk's station is chosen only by {@code POST
     * /desk/station}.
     */
    static final String ASKED_STATION = "#station == null or @access.mayReadCodes(authentication, #station)";

    private final AccessPolicy access;
    private final StationRepository stations;
    private final ActivityRepository activities;
    private final CheckInUrls urls;
    private final KioskCodes codes;
    private final MessageSource messages;
    private final Clock clock;

    public KioskController(
            AccessPolicy access,
            StationRepository stations,
            ActivityRepository activities,
            CheckInUrls urls,
            KioskCodes codes,
            MessageSource messages,
            Clock clock) {
        this.access = access;
        this.stations = stations;
        this.activities = activities;
        this.urls = urls;
        this.codes = codes;
        this.messages = messages;
        this.clock = clock;
    }

    /** The station's open activities today and its reading room; without a station, a choice of the user's. */
    @GetMapping
    @PreAuthorize(ASKED_STATION)
    public String kiosk(
            @RequestParam(required = false) String station,
            @AuthenticationPrincipal LedgerUser user,
            Authentication authentication,
            HttpSession session,
            Model model) {
        String shown = station(station, user, authentication, session);
        if (shown == null) {
            model.addAttribute(
                    "choices",
                    stations.findAll().stream()
                            .filter(s -> access.mayReadCodes(authentication, s.stationId()))
                            .toList());
            return "kiosk/choose";
        }
        LocalDate today = LocalDate.now(clock);
        List<ActivityRow> open = activities.ofStation(shown, today, today, "OPEN", 100);
        model.addAttribute("station", stations.find(shown).orElseThrow());
        model.addAttribute("activities", open);
        return "kiosk/kiosk";
    }

    @GetMapping("/activities/{activityId}")
    @PreAuthorize("@access.mayReadActivityCode(authentication, #activityId)")
    public String activity(@PathVariable String activityId, Model model, Locale locale) {
        activityCode(activityId, model, locale);
        return "kiosk/code-page";
    }

    /** The code part of an activity's kiosk page, which replaces itself before the code expires. */
    @GetMapping("/activities/{activityId}/code")
    @PreAuthorize("@access.mayReadActivityCode(authentication, #activityId)")
    public String activityCodePart(@PathVariable String activityId, Model model, Locale locale) {
        activityCode(activityId, model, locale);
        return "kiosk/parts :: code";
    }

    @GetMapping("/reading-room")
    @PreAuthorize(ASKED_STATION)
    public String readingRoom(
            @RequestParam(required = false) String station,
            @AuthenticationPrincipal LedgerUser user,
            Authentication authentication,
            HttpSession session,
            Model model,
            Locale locale) {
        String shown = station(station, user, authentication, session);
        if (shown == null) {
            return "redirect:/kiosk";
        }
        readingRoomCode(shown, model, locale);
        return "kiosk/code-page";
    }

    @GetMapping("/reading-room/code")
    @PreAuthorize(ASKED_STATION)
    public String readingRoomCodePart(
            @RequestParam(required = false) String station,
            @AuthenticationPrincipal LedgerUser user,
            Authentication authentication,
            HttpSession session,
            Model model,
            Locale locale) {
        String shown = station(station, user, authentication, session);
        if (shown == null) {
            throw new AccessDeniedException("no station chosen");
        }
        readingRoomCode(shown, model, locale);
        return "kiosk/parts :: code";
    }

    private void activityCode(String activityId, Model model, Locale locale) {
        ActivityRow activity = activities.find(activityId).orElseThrow(() -> ApiException.activityNotFound(activityId));
        String label = messages.getMessage("kiosk.code.activity.label", new Object[] {activity.title()}, locale);
        model.addAttribute("heading", activity.title());
        model.addAttribute(
                "shown",
                codes.current(
                        CheckInCodes.activityScope(activityId), code -> urls.activityCheckIn(activityId, code), label));
        model.addAttribute("refreshPath", "/kiosk/activities/" + activityId + "/code");
        model.addAttribute("hint", "kiosk.code.activity.hint");
    }

    private void readingRoomCode(String stationId, Model model, Locale locale) {
        StationRow station = stations.find(stationId).orElseThrow(() -> new AccessDeniedException("no station"));
        String label = messages.getMessage("kiosk.code.readingRoom.label", new Object[] {station.name()}, locale);
        model.addAttribute(
                "heading", messages.getMessage("kiosk.readingRoom.heading", new Object[] {station.name()}, locale));
        model.addAttribute(
                "shown",
                codes.current(
                        CheckInCodes.readingRoomScope(stationId), code -> urls.readingRoom(stationId, code), label));
        model.addAttribute(
                "refreshPath",
                UriComponentsBuilder.fromPath("/kiosk/reading-room/code")
                        .queryParam("station", stationId)
                        .encode()
                        .toUriString());
        model.addAttribute("hint", "kiosk.code.readingRoom.hint");
    }

    /**
     * The station the kiosk shows: the one asked for (its rule already checked by {@link #ASKED_STATION}), a kiosk
     * account's own, the desk's, or a staff member's only one; null when the user must choose. A station the user may
     * not read the codes of (the API's {@code mayReadCodes}), or one that does not exist, is 403. Only read: the
     * session is never written here.
     */
    private String station(String asked, LedgerUser user, Authentication authentication, HttpSession session) {
        String station = asked;
        if (station == null && user.is(Role.KIOSK)) {
            station = user.stationIds().stream().findFirst().orElse(null);
        }
        if (station == null) {
            station = CurrentStation.of(session).orElse(null);
        }
        if (station == null && user.is(Role.STAFF) && user.stationIds().size() == 1) {
            station = user.stationIds().iterator().next();
        }
        if (station == null) {
            return null;
        }
        if (!stations.exists(station) || !access.mayReadCodes(authentication, station)) {
            throw new AccessDeniedException("not a station of this kiosk");
        }
        return station;
    }
}
