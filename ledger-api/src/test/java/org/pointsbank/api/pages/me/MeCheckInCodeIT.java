package org.pointsbank.api.pages.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.pages.me.MePages.enc;
import static org.pointsbank.api.pages.me.MePages.formKey;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.pages.PageClient;

/**
 * The one-tap pages are no oracle for guessing a check-in code: their GET never judges the code (a right and a wrong
 * one get the same page, however often they are tried), and a wrong code sent by their POST is judged and counted
 * like one sent to the API, by the same per-account limit ({@code checkin/WrongCodeLimit}).
 */
class MeCheckInCodeIT extends IntegrationTest {

    /** {@code WrongCodeLimit.MAX_WRONG}: the wrong codes an account may send in the limit's window. */
    private static final int API_LIMIT = 10;

    private MePages pages;
    private String station;
    private String card;
    private String username;
    private PageClient volunteer;

    @BeforeEach
    void volunteerWithACard() throws Exception {
        pages = new MePages(admin, port);
        station = ledger.station();
        card = ledger.card(station);
        username = pages.volunteer(card);
        volunteer = pages.signedIn(username);
    }

    @Test
    void aWrongCodeGetsTheSamePageAsTheRightOneHoweverOftenItIsTried() throws Exception {
        String activity = pages.activity(station, "Canal sweep");
        String right = pages.code(activity);
        String rightPage =
                withoutSecrets(volunteer.get(checkIn(activity, right)).body(), right);
        assertThat(rightPage).contains("id=\"tap\"").contains("name=\"step\" value=\"IN\"");
        for (int i = 0; i < API_LIMIT + 5; i++) {
            String wrong = wrong(right, i);
            HttpResponse<String> page = volunteer.get(checkIn(activity, wrong));
            assertThat(page.statusCode()).as(wrong).isEqualTo(200);
            assertThat(withoutSecrets(page.body(), wrong)).as(wrong).isEqualTo(rightPage);
        }

        String roomCode = pages.roomCode(station);
        String roomPage = withoutSecrets(volunteer.get(room(roomCode)).body(), roomCode);
        assertThat(roomPage).contains("id=\"tap\"").contains("name=\"step\" value=\"START\"");
        for (int i = 0; i < 3; i++) {
            String wrong = wrong(roomCode, i);
            assertThat(withoutSecrets(volunteer.get(room(wrong)).body(), wrong))
                    .as(wrong)
                    .isEqualTo(roomPage);
        }

        // the GETs judged nothing, so they used up none of the account's wrong codes: the right code still works
        String shown = volunteer.get(checkIn(activity, right)).body();
        HttpResponse<String> tapped = volunteer.post("/me/check-in", tap(shown, activity, right));
        assertThat(tapped.statusCode()).as(tapped.body()).isEqualTo(303);
    }

    @Test
    void wrongCodesTappedOnThePageCountTowardsTheApisLimitAndThenTheRightCodeIsRefusedToo() throws Exception {
        String activity = pages.activity(station, "Market day");
        String right = pages.code(activity);
        String shown = volunteer.get(checkIn(activity, right)).body();
        ApiClient api = admin.as(username, MePages.PASSWORD);
        String checkIns = "/api/v1/activities/" + activity + "/check-ins";

        for (int i = 0; i < API_LIMIT / 2; i++) {
            ApiResponse refused = api.post(checkIns, key(), "{\"code\":\"" + wrong(right, i) + "\"}");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("CHECK_IN_CODE_INVALID");
        }
        for (int i = API_LIMIT / 2; i < API_LIMIT; i++) {
            HttpResponse<String> refused = volunteer.post("/me/check-in", tap(shown, activity, wrong(right, i)));
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body())
                    .contains("id=\"refusal\"")
                    .contains("请重新扫码")
                    .doesNotContain("id=\"tap\"");
        }

        HttpResponse<String> page = volunteer.post("/me/check-in", tap(shown, activity, right));
        assertThat(page.statusCode()).as("the page, after the limit").isEqualTo(429);
        assertThat(page.body()).contains("id=\"refusal\"").doesNotContain("id=\"tap\"");
        assertThat(withoutSecrets(
                        volunteer.get(checkIn(activity, wrong(right, 0))).body(), wrong(right, 0)))
                .as("past the limit the GET still tells nothing")
                .isEqualTo(
                        withoutSecrets(volunteer.get(checkIn(activity, right)).body(), right));
        ApiResponse viaApi = api.post(checkIns, key(), "{\"code\":\"" + pages.code(activity) + "\"}");
        assertThat(viaApi.status()).as(viaApi.toString()).isEqualTo(429);
        assertThat(viaApi.code()).isEqualTo("RATE_LIMITED");

        String roomCode = pages.roomCode(station);
        String roomPage = volunteer.get(room(roomCode)).body();
        HttpResponse<String> reading = volunteer.post(
                "/me/reading-room",
                "_csrf=" + volunteer.csrf("/me") + "&station=" + station + "&code=" + roomCode
                        + "&step=START&session=&formKey=" + enc(formKey(roomPage)));
        assertThat(reading.statusCode())
                .as("the reading room's door, same account")
                .isEqualTo(429);
        assertThat(pages.roster(activity)).isEmpty();
    }

    private String tap(String shown, String activity, String code) throws Exception {
        return "_csrf=" + volunteer.csrf("/me") + "&activity=" + activity + "&code=" + enc(code) + "&step=IN&formKey="
                + enc(formKey(shown));
    }

    private static String checkIn(String activity, String code) {
        return "/me/check-in?activity=" + activity + "&code=" + code;
    }

    private String room(String code) {
        return "/me/reading-room?station=" + station + "&code=" + code;
    }

    /** Another code of the same shape, never the right one (nor, but at odds of 10⁻⁸, the previous interval's). */
    private static String wrong(String right, int i) {
        return String.format("%08d", (Long.parseLong(right) + 1 + i) % 100_000_000L);
    }

    /** The page as a code makes it, less what differs from one rendering to the next (CSRF token, form key). */
    private static String withoutSecrets(String html, String code) {
        return html.replace(code, "CODE")
                .replaceAll("(name=\"_csrf\" (?:value|content)=\")[^\"]+", "$1-")
                .replaceAll("(name=\"formKey\" value=\")[^\"]+", "$1-");
    }
}
