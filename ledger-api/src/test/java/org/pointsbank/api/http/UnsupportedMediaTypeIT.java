package org.pointsbank.api.http;

import static org.pointsbank.api.ProblemAssertions.KEY_HEADER;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.ProblemAssertions;
import org.pointsbank.api.ProblemAssertions.Card;

/**
 * Error codes answered with 415 Unsupported Media Type: a body that is not JSON by its content
 * type.
 *
 * <p>What every error-code test checks is set out in {@link ProblemAssertions}.
 */
class UnsupportedMediaTypeIT extends IntegrationTest {

    private ProblemAssertions problems;

    @BeforeEach
    void problemAssertions() {
        problems = new ProblemAssertions(admin, ledger, jdbc);
    }

    @Test
    void aBodyThatIsNotJsonByContentTypeIsUnsupportedMediaType() {
        Card card = problems.newCard();
        String key = key();

        ApiResponse response = admin.send("POST", card.volunteerPath(), "60 minutes of park cleanup",
                Map.of("Content-Type", "text/plain", KEY_HEADER, key));

        assertProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE", null);
        problems.assertNothingRecorded(card.id(), 1, key);
    }
}
