package org.pointsbank.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.ProblemAssertions.CARDS;
import static org.pointsbank.api.ProblemAssertions.KEY_HEADER;
import static org.pointsbank.api.ProblemAssertions.PROBLEM_JSON;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.ProblemAssertions;
import org.pointsbank.api.ProblemAssertions.Card;

/**
 * What the web layer answers for every endpoint alike, as problem+json: a body that is not JSON (400
 * {@code MALFORMED_REQUEST}) or not sent as JSON (415), an unknown path (404 {@code NOT_FOUND}), an unsupported
 * method (405), a representation the resource does not come in (406).
 *
 * <p>What every error-code test checks is set out in {@link ProblemAssertions}.
 */
class ProtocolIT extends IntegrationTest {

    private ProblemAssertions problems;

    @BeforeEach
    void problemAssertions() {
        problems = new ProblemAssertions(admin, ledger, jdbc);
    }

    @Test
    void aBodyThatIsNotJsonIsMalformedRequest() {
        Card card = problems.newCard();
        String key = key();

        ApiResponse response = admin.post(card.volunteerPath(), key, "{not json");

        assertProblem(response, 400, "MALFORMED_REQUEST", null);
        problems.assertNothingRecorded(card.id(), 1, key);
    }

    @Test
    void aBodyThatIsNotJsonByContentTypeIsUnsupportedMediaType() {
        Card card = problems.newCard();
        String key = key();

        ApiResponse response = admin.send(
                "POST",
                card.volunteerPath(),
                "60 minutes of park cleanup",
                Map.of("Content-Type", "text/plain", KEY_HEADER, key));

        assertProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE", null);
        problems.assertNothingRecorded(card.id(), 1, key);
    }

    @Test
    void anUnknownPathIsNotFound() {
        ApiResponse response = admin.get("/api/v1/no-such-resource");

        assertProblem(response, 404, "NOT_FOUND", null);
    }

    @Test
    void anUnsupportedMethodIsMethodNotAllowed() {
        String station = ledger.station();

        ApiResponse response = admin.send("DELETE", "/api/v1/stations", null, Map.of());

        assertProblem(response, 405, "METHOD_NOT_ALLOWED", null);
        assertThat(problems.stationIds()).contains(station);
    }

    @Test
    void aStatementInAFormatItDoesNotComeInIsNotAcceptable() {
        Card card = problems.newVisibleCard();

        ApiResponse response = admin.get(CARDS + card.id() + "/entries", "application/xml");

        assertThat(response.status()).as(response.toString()).isEqualTo(406);
        assertThat(response.header("Content-Type")).as(response.toString()).startsWith(PROBLEM_JSON);
        assertThat(response.code()).isEqualTo("NOT_ACCEPTABLE");
    }
}
