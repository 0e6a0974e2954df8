package org.pointsbank.api.pages.me;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What the volunteer's pages make of an action's answer: the JSON the API would have answered (stored by the
 * idempotency store, so a repeat gets the same), whether it was a replay, and the Post/Redirect/Get that follows.
 */
final class Answers {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Answers() {}

    static JsonNode body(ObjectMapper json, ResponseEntity<String> answer) {
        try {
            return json.readTree(answer.getBody());
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("the stored answer is not JSON", unreadable);
        }
    }

    /** Whether the answer is the first one's, replayed for a form sent again. */
    static boolean replayed(ResponseEntity<String> answer) {
        return answer.getHeaders().containsKey(IdempotentRequests.REPLAYED_HEADER);
    }

    /** An instant of an answer as the time of day in the business zone, or null. */
    static String time(JsonNode instant, ZoneId zone) {
        if (instant == null || !instant.isTextual()) {
            return null;
        }
        return TIME.format(Instant.parse(instant.asText()).atZone(zone));
    }

    /** 303 See Other to a page of this application: the GET after a POST that changed something. */
    static RedirectView seeOther(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExposeModelAttributes(false);
        return view;
    }
}
