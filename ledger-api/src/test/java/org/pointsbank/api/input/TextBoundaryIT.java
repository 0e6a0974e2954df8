package org.pointsbank.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.ProblemAssertions.CARDS;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.ProblemAssertions;
import org.pointsbank.api.ProblemAssertions.Card;

/**
 * Text at the boundary: one rule for every string of a body, path, query or read header (printable Unicode,
 * bounded length), passwords bounded in bytes, instants bounded in range; refused text records nothing.
 * Strings below are JSON text: {@code \\u0000} reaches the service as the JSON escape of NUL.
 */
class TextBoundaryIT extends IntegrationTest {

    /** JSON-escaped hostile strings: NUL, a C0 and a C1 control, DEL, lone surrogates, non-characters. */
    private static final String[] UNPRINTABLE = {
        "a\\u0000b",
        "bell\\u0007",
        "next\\u0085line",
        "del\\u007f",
        "\\ud800 alone",
        "alone \\udc00",
        "\\ufdd0",
        "x\\uffff",
        "\\ud83f\\udffe"
    };

    private ProblemAssertions problems;

    @BeforeEach
    void problemAssertions() {
        problems = new ProblemAssertions(admin, ledger, jdbc);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
    void unprintableActivityIsRefusedNamingTheFieldAndRecordsNothing(int which) {
        Card card = problems.newCard();
        long events = problems.events(card.id());
        String key = key();

        ApiResponse response = admin.post(card.volunteerPath(), key, volunteer(card.station(), UNPRINTABLE[which]));

        assertProblem(response, 400, "VALIDATION_FAILED", "activity");
        problems.assertNothingRecorded(card.id(), events, key);
    }

    @Test
    void unprintableTopicReasonAndHolderNameAreRefusedNamingTheField() {
        Card card = problems.newCard();
        String entry = ledger.credited(card.id(), card.station(), 60, today());
        long events = problems.events(card.id());

        assertProblem(
                admin.post(
                        card.studyPath(),
                        key(),
                        "{\"stationId\":\"" + card.station()
                                + "\",\"topic\":\"t\\u0000\",\"minutes\":60,\"occurredOn\":\"" + today() + "\"}"),
                400,
                "VALIDATION_FAILED",
                "topic");
        assertProblem(
                admin.post(
                        CARDS + card.id() + "/entries/" + entry + "/reversal", key(), "{\"reason\":\"\\udbff twice\"}"),
                400,
                "VALIDATION_FAILED",
                "reason");
        String holderKey = key();
        assertProblem(
                admin.post(
                        "/api/v1/cards",
                        holderKey,
                        "{\"stationId\":\"" + card.station() + "\",\"holder\":{\"name\":\"Li\\u001bWei\"}}"),
                400,
                "VALIDATION_FAILED",
                "holder.name");

        assertThat(problems.events(card.id())).isEqualTo(events);
        assertThat(problems.storedKeys(holderKey)).isZero();
    }

    @Test
    void stringsInsideListsAreTextToo() {
        ApiResponse response = admin.post(
                "/api/v1/users",
                null,
                "{\"username\":\"u-" + shortId()
                        + "\",\"password\":\"long-enough-password\",\"role\":\"STAFF\",\"stationIds\":[\"ok\",\"no\\u0000\"]}");

        assertProblem(response, 400, "VALIDATION_FAILED", "stationIds[1]");
    }

    @Test
    void textWhereANumberOrBooleanIsSentHasTheWrongType() {
        Card card = problems.newCard();

        ApiResponse response = admin.post(
                card.volunteerPath(),
                key(),
                "{\"stationId\":\"" + card.station() + "\",\"activity\":12,\"minutes\":60,\"occurredOn\":\"" + today()
                        + "\"}");

        assertProblem(response, 400, "VALIDATION_FAILED", "activity");
    }

    @Test
    void freeTextOverItsLimitIsRefusedAndNothingIsRecorded() {
        Card card = problems.newCard();
        long events = problems.events(card.id());

        assertProblem(
                admin.post(card.volunteerPath(), key(), volunteer(card.station(), "x".repeat(201))),
                400,
                "VALIDATION_FAILED",
                "activity");
        // no field takes more than 2,000 characters, whatever its own @Size says
        assertProblem(
                admin.post(card.volunteerPath(), key(), volunteer(card.station(), "x".repeat(2_001))),
                400,
                "VALIDATION_FAILED",
                "activity");
        assertProblem(
                admin.post(
                        card.volunteerPath(),
                        key(),
                        "{\"stationId\":\"" + "s".repeat(65) + "\",\"activity\":\"a\",\"minutes\":60,\"occurredOn\":\""
                                + today() + "\"}"),
                400,
                "VALIDATION_FAILED",
                "stationId");
        assertThat(problems.events(card.id())).isEqualTo(events);
    }

    @Test
    void emojiChineseRightToLeftZeroWidthLineBreaksAndTabsAreText() {
        Card card = problems.newCard();
        String activity = "公园清洁 🌳 תנ״ך مرحبا\u200Bzero\u200Dwidth\\n\\tand \\r tab";

        ApiResponse response = admin.post(card.volunteerPath(), key(), volunteer(card.station(), activity));
        ApiResponse holder = admin.post(
                "/api/v1/cards",
                key(),
                "{\"stationId\":\"" + card.station() + "\",\"holder\":{\"name\":\"李伟 \u202Eאבג\u202C 👩‍🚀\"}}");

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(holder.status()).as(holder.toString()).isEqualTo(201);
        // the stored JSON writes the tree as the escaped pair \uD83C\uDF33: the rest is as sent
        assertThat(problems.eventsMentioning("公园清洁 ")).isEqualTo(1);
        assertThat(problems.eventsMentioning("תנ״ך مرحبا\u200Bzero\u200Dwidth")).isEqualTo(1);
    }

    @Test
    void unprintableOrOverlongQueryParametersArePathVariablesAreRefusedNamingThem() {
        Card card = problems.newVisibleCard();

        assertProblem(admin.get("/api/v1/rankings?stationId=a%00b"), 400, "VALIDATION_FAILED", "stationId");
        assertProblem(admin.get(CARDS + card.id() + "/entries?cursor=%ED%A0%80"), 400, "VALIDATION_FAILED", "cursor");
        assertProblem(admin.get("/api/v1/rankings?period=" + "9".repeat(256)), 400, "VALIDATION_FAILED", "period");
        assertProblem(admin.get(CARDS + "x%C2%85y"), 400, "VALIDATION_FAILED", "cardId");
        long events = problems.events(card.id());
        assertProblem(
                admin.post(
                        CARDS + card.id() + "x".repeat(300) + "/volunteer-hours",
                        key(),
                        volunteer(card.station(), "fine")),
                400,
                "VALIDATION_FAILED",
                "cardId");
        assertThat(problems.events(card.id())).isEqualTo(events);
    }

    @Test
    void anUnprintableAcceptOrOverlongCorrelationHeaderIsRefused() {
        Card card = problems.newVisibleCard();

        // java.net.http refuses to send C0 controls in headers; a C1 control passes it. Spring's content
        // negotiation meets an unreadable Accept before any handler (and the check) runs: 406, as problem+json
        assertProblem(
                admin.send("GET", CARDS + card.id(), null, Map.of("Accept", "application/json, text/x\u0085")),
                406,
                "NOT_ACCEPTABLE",
                null);
        assertProblem(
                admin.send(
                        "GET",
                        CARDS + card.id(),
                        null,
                        Map.of("Accept", "application/json", "X-Correlation-Id", "x".repeat(256))),
                400,
                "VALIDATION_FAILED",
                "X-Correlation-Id");
    }

    @Test
    void aPasswordOver72BytesIsRefusedAt73And72BytesIsAccepted() {
        String tooLong = "密".repeat(25); // 25 characters, 75 bytes
        String exactly = "密".repeat(24); // 72 bytes
        String user = "u-" + shortId();

        assertProblem(admin.post("/api/v1/users", null, userBody(user, tooLong)), 400, "VALIDATION_FAILED", "password");
        assertProblem(
                admin.post("/api/v1/users", null, userBody(user, "密".repeat(24) + "x")),
                400,
                "VALIDATION_FAILED",
                "password");
        assertThat(admin.post("/api/v1/users", null, userBody(user, exactly)).status())
                .isEqualTo(201);

        var self = admin.as(user, exactly);
        assertThat(self.get("/api/v1/users/me").status()).isEqualTo(200);
        assertProblem(
                self.send(
                        "PUT",
                        "/api/v1/users/me/password",
                        "{\"currentPassword\":\"" + exactly + "\",\"newPassword\":\"" + tooLong + "\"}",
                        Map.of("Content-Type", "application/json")),
                400,
                "VALIDATION_FAILED",
                "newPassword");
        assertThat(self.get("/api/v1/users/me").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+1000000-01-01T00:00:00Z",
                "-0001-01-01T00:00:00Z",
                "1969-12-31T23:59:59Z",
                "+10000-01-01T00:00:00Z"
            })
    void instantsOutsideTheLedgersRangeAreRefusedNamingTheParameter(String instant) {
        Card card = problems.newVisibleCard();
        String encoded = java.net.URLEncoder.encode(instant, java.nio.charset.StandardCharsets.UTF_8);

        assertProblem(admin.get(CARDS + card.id() + "/balance?asOf=" + encoded), 400, "VALIDATION_FAILED", "asOf");
        assertProblem(admin.get(CARDS + card.id() + "/entries?from=" + encoded), 400, "VALIDATION_FAILED", "from");
        assertProblem(
                admin.get(CARDS + card.id() + "/entries?to=" + encoded, "text/csv"), 400, "VALIDATION_FAILED", "to");
    }

    @Test
    void instantsAtTheEdgesOfTheRangeAreAnswered() {
        Card card = problems.newVisibleCard();

        assertThat(admin.get(CARDS + card.id() + "/balance?asOf=1970-01-01T00:00:00Z")
                        .status())
                .isEqualTo(200);
        assertThat(admin.get(CARDS + card.id() + "/entries?to=9999-12-31T23:59:59Z")
                        .status())
                .isEqualTo(200);
    }

    /** Found by the fuzz: the station was recorded, then the answer could not be written (406). */
    @Test
    void anAcceptWithoutJsonIsRefusedBeforeAnythingIsRecorded() {
        String id = "acc-" + shortId();

        ApiResponse response = admin.send(
                "POST",
                "/api/v1/stations",
                "{\"id\":\"" + id + "\",\"name\":\"A\"}",
                Map.of("Content-Type", "application/json", "Accept", "text/csv"));

        assertProblem(response, 406, "NOT_ACCEPTABLE", null);
        assertThat(problems.stationIds()).doesNotContain(id);
    }

    /** Found by the fuzz: a body of two documents was read up to the first and recorded. */
    @Test
    void aBodyIsOneJsonDocument() {
        Card card = problems.newCard();
        long events = problems.events(card.id());
        String body = volunteer(card.station(), "park");

        assertProblem(admin.post(card.volunteerPath(), key(), body + body), 400, "MALFORMED_REQUEST", null);
        assertProblem(admin.post(card.volunteerPath(), key(), body + " x"), 400, "MALFORMED_REQUEST", null);
        assertThat(problems.events(card.id())).isEqualTo(events);
    }

    /** Found by the fuzz: a parameter's constraint answered 500. */
    @Test
    void aParameterOutOfItsRangeNamesIt() {
        Card card = problems.newVisibleCard();

        assertProblem(admin.get(CARDS + card.id() + "/redemptions?limit=0"), 400, "VALIDATION_FAILED", "limit");
    }

    @Test
    void aNumberSentAsTextHasTheWrongType() {
        Card card = problems.newCard();

        assertProblem(
                admin.post(
                        card.volunteerPath(),
                        key(),
                        "{\"stationId\":\"" + card.station()
                                + "\",\"activity\":\"a\",\"minutes\":\"60\",\"occurredOn\":\"" + today() + "\"}"),
                400,
                "VALIDATION_FAILED",
                "minutes");
        assertProblem(
                admin.post(
                        card.volunteerPath(),
                        key(),
                        "{\"stationId\":\"" + card.station() + "\",\"activity\":\"a\",\"minutes\":60,\"occurredOn\":\""
                                + today() + "\\u0000\"}"),
                400,
                "VALIDATION_FAILED",
                "occurredOn");
    }

    /** Found by the fuzz test: Jackson read a blank string into an optional number as null, dropping the limit. */
    @Test
    void aBlankOrEmptyStringWhereAnOptionalNumberBelongsHasTheWrongType() {
        Card card = problems.newCard();
        String gifts = "/api/v1/stations/" + card.station() + "/gifts";

        for (String blank : new String[] {"\\u001f", " ", ""}) {
            assertProblem(
                    admin.post(
                            gifts,
                            key(),
                            "{\"name\":\"thermos\",\"pointsCost\":5,\"stock\":3," + "\"perCardMonthlyLimit\":\"" + blank
                                    + "\"}"),
                    400,
                    "VALIDATION_FAILED",
                    "perCardMonthlyLimit");
        }
        assertThat(admin.get(gifts).body()).doesNotContain("thermos");
    }

    private static String volunteer(String station, String activity) {
        return "{\"stationId\":\"" + station + "\",\"activity\":\"" + activity + "\",\"minutes\":60,\"occurredOn\":\""
                + today() + "\"}";
    }

    private static String userBody(String user, String password) {
        return "{\"username\":\"" + user + "\",\"password\":\"" + password + "\",\"role\":\"AUDITOR\"}";
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
