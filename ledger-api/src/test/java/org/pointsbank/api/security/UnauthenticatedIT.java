package org.pointsbank.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.ProblemAssertions;
import org.pointsbank.api.ProblemAssertions.Card;

/**
 * 401 {@code UNAUTHENTICATED} with a Basic challenge: no credentials, or wrong ones. Nothing is recorded.
 *
 * <p>What every error-code test checks is set out in {@link ProblemAssertions}.
 */
class UnauthenticatedIT extends IntegrationTest {

    private ProblemAssertions problems;

    @BeforeEach
    void problemAssertions() {
        problems = new ProblemAssertions(admin, ledger, jdbc);
    }

    @Test
    void aRequestWithoutCredentialsIsUnauthenticated() {
        Card card = problems.newCard();
        String key = key();
        ApiClient anonymous = new ApiClient(port, null, null);

        ApiResponse read = anonymous.get("/api/v1/stations");
        ApiResponse credit =
                anonymous.post(card.volunteerPath(), key, LedgerFixture.volunteerBody(card.station(), 60, today()));

        for (ApiResponse response : new ApiResponse[] {read, credit}) {
            assertProblem(response, 401, "UNAUTHENTICATED", null);
            assertThat(response.header("WWW-Authenticate")).startsWith("Basic realm=");
        }
        problems.assertNothingRecorded(card.id(), 1, key);
    }

    @Test
    void aWrongPasswordIsUnauthenticated() {
        Card card = problems.newCard();
        String key = key();
        ApiClient impostor = admin.as("admin", "not-the-password");

        ApiResponse response =
                impostor.post(card.volunteerPath(), key, LedgerFixture.volunteerBody(card.station(), 60, today()));

        assertProblem(response, 401, "UNAUTHENTICATED", null);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic realm=");
        problems.assertNothingRecorded(card.id(), 1, key);
    }
}
