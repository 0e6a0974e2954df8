package org.pointsbank.api.pages.me;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.pointsbank.api.checkin.CheckInCodes;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.pages.shared.FormKeys;
import org.pointsbank.api.pages.shared.PageRefusals;
import org.pointsbank.api.reading.ReadingSessions;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.projections.reading.ReadingSession;
import org.pointsbank.projections.reading.ReadingSessionRepository;
import org.pointsbank.projections.station.StationRepository;
import org.pointsbank.projections.station.StationRow;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page a reading room's door code opens ({@code checkin/CheckInUrls}: {@code /me/reading-room?station=&code=}).
 * The GET changes nothing and never judges the code: for anything shaped like a code ({@link
 * CheckInCodes#wellFormed}) one big button, "start" or, when the card has an open session, "end", the same page for a
 * right and a wrong code. The POST does it through the API's own {@code ReadingSessions}, once per form: the card checks
 * the code through the API's door ({@code acceptsFrom}, counted by the same {@code WrongCodeLimit}) and a wrong or
 * expired one is refused with {@code CHECK_IN_CODE_INVALID} ("scan the code again"). A success redirects (303) to the
 * page without a code, which shows what was recorded.
 */
@Controller
@RequestMapping("/me/reading-room")
public class ReadingRoomPage {

    private final StationRepository stations;
    private final ReadingSessionRepository sessions;
    private final ReadingSessions readingSessions;
    private final IdempotentRequests idempotency;
    private final ObjectMapper json;
    private final Clock clock;

    ReadingRoomPage(
            StationRepository stations,
            ReadingSessionRepository sessions,
            ReadingSessions readingSessions,
            IdempotentRequests idempotency,
            ObjectMapper json,
            Clock clock) {
        this.stations = stations;
        this.sessions = sessions;
        this.readingSessions = readingSessions;
        this.idempotency = idempotency;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("@access.mayUseReadingRoom(authentication)")
    String show(
            @RequestParam(required = false) String station,
            @RequestParam(required = false) String code,
            @AuthenticationPrincipal LedgerUser user,
            Model model) {
        StationRow room = describe(station, user, model);
        if (code == null || code.isBlank()) {
            return "me/reading-room";
        }
        if (!CheckInCodes.wellFormed(code)) {
            model.addAttribute("expired", true);
            return "me/reading-room";
        }
        ReadingSession open = (ReadingSession) model.getAttribute("open");
        model.addAttribute(
                "form",
                open == null
                        ? new ReadingRoomForm(room.stationId(), code, ReadingRoomForm.START, null, FormKeys.issue())
                        : new ReadingRoomForm(
                                room.stationId(), code, ReadingRoomForm.END, open.sessionId(), FormKeys.issue()));
        return "me/reading-room";
    }

    @PostMapping
    @PreAuthorize("@access.mayUseReadingRoom(authentication)")
    Object act(
            @ModelAttribute("form") ReadingRoomForm form,
            BindingResult binding,
            @AuthenticationPrincipal LedgerUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ResponseEntity<String> answer;
        try {
            answer = idempotency.executeForm(
                    form.formKey(),
                    form,
                    () -> ReadingRoomForm.END.equals(form.step())
                            ? readingSessions.end(form.session(), form.code(), user)
                            : readingSessions.start(form.station(), form.code(), user));
        } catch (RuntimeException failure) {
            response.setStatus(PageRefusals.render(model, binding, failure).value());
            describe(form.station(), user, model);
            return "me/reading-room";
        }
        JsonNode body = Answers.body(json, answer);
        redirect.addFlashAttribute("done", body.path("status").asText());
        redirect.addFlashAttribute(
                "doneAt",
                Answers.time(body.has("endedAt") ? body.get("endedAt") : body.get("startedAt"), clock.getZone()));
        redirect.addFlashAttribute(
                "doneMinutes",
                body.path("minutes").isInt() ? body.get("minutes").asInt() : null);
        redirect.addFlashAttribute(
                "donePoints",
                body.path("points").isNumber() ? body.get("points").asLong() : null);
        redirect.addFlashAttribute("replayed", Answers.replayed(answer));
        return Answers.seeOther(UriComponentsBuilder.fromPath("/me/reading-room")
                .queryParam("station", form.station())
                .encode()
                .toUriString());
    }

    /** The room's station and the card's open session (if any), for the page; 404 for an unknown station. */
    private StationRow describe(String stationId, LedgerUser user, Model model) {
        StationRow room = (stationId == null ? java.util.Optional.<StationRow>empty() : stations.find(stationId))
                .orElseThrow(() -> ApiException.stationNotFound(stationId, "station"));
        model.addAttribute("room", room);
        model.addAttribute(
                "open",
                sessions.ofCard(user.cardId(), 1).stream()
                        .filter(session -> "OPEN".equals(session.status()))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("zone", clock.getZone());
        return room;
    }
}
