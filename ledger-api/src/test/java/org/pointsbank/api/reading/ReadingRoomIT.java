package org.pointsbank.api.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.pointsbank.api.ProblemAssertions.assertProblem;
import static org.pointsbank.api.reading.ReadingRoomWorld.end;
import static org.pointsbank.api.reading.ReadingRoomWorld.start;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.checkin.CheckInCodes;
import org.pointsbank.api.reading.ReadingRoomWorld.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Self-service reading rooms through HTTP: a volunteer starts a session with the door's code and ends it with the
 * code again; the end credits a study session (or says why not). The test moves the service's clock for the
 * session's minutes and for the codes' expiry.
 */
class ReadingRoomIT extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    private CheckInCodes codes;

    private ReadingRoomWorld world;
    private String station;
    private Volunteer ann;

    @BeforeEach
    void aStationAndAVolunteerAtNoon() {
        clock.travelTo(today());
        world = new ReadingRoomWorld(admin, codes, port);
        station = ledger.station();
        ann = world.volunteerAt(station);
    }

    private String started(Volunteer volunteer, String at) {
        ApiResponse started = start(volunteer, at, world.code(at));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json().get("sessionId").asText();
    }

    private JsonNode ended(Volunteer volunteer, String sessionId, String at) {
        ApiResponse ended = end(volunteer, sessionId, world.code(at));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        return ended.json();
    }

    private JsonNode sessionsOf(String cardId) {
        ApiResponse sessions = admin.get("/api/v1/cards/" + cardId + "/reading-sessions");
        assertThat(sessions.status()).as(sessions.toString()).isEqualTo(200);
        return sessions.json();
    }

    private long studyCreditsInTheLog(String cardId) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                   AND payload_type LIKE '%StudySessionCredited'""", Long.class, cardId);
    }

    @Test
    void aSessionStartedAndEndedWithTheDoorsCodeIsCreditedOnTheStatementAndTheBalance() {
        Instant noon = clock.instant();
        ApiResponse start = start(ann, station, world.code(station));

        assertThat(start.status()).as(start.toString()).isEqualTo(201);
        JsonNode session = start.json();
        assertThat(session.get("stationId").asText()).isEqualTo(station);
        assertThat(session.get("cardId").asText()).isEqualTo(ann.cardId());
        assertThat(session.get("status").asText()).isEqualTo("OPEN");
        assertThat(Duration.between(noon, Instant.parse(session.get("startedAt").asText())))
                .isBetween(Duration.ZERO, Duration.ofSeconds(30));

        clock.advance(Duration.ofMinutes(95));
        JsonNode ended = ended(ann, session.get("sessionId").asText(), station);

        assertThat(ended.get("status").asText()).isEqualTo("CREDITED");
        assertThat(ended.get("minutes").asInt()).isEqualTo(95);
        assertThat(ended.get("points").asLong()).isEqualTo(15);
        String entryId = ended.get("entryId").asText();
        assertThat(ended.has("refusal")).isFalse();
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode card = admin.get("/api/v1/cards/" + ann.cardId()).json();
            assertThat(card.get("balance").asLong()).isEqualTo(15);
            assertThat(card.get("studyMinutes").asInt()).isEqualTo(95);
            JsonNode lines = admin.get("/api/v1/cards/" + ann.cardId() + "/entries")
                    .json()
                    .get("entries");
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).get("entryId").asText()).isEqualTo(entryId);
            assertThat(lines.get(0).get("type").asText()).isEqualTo("STUDY_SESSION");
            assertThat(lines.get(0).get("stationId").asText()).isEqualTo(station);
            assertThat(lines.get(0).get("description").asText()).isEqualTo("reading room");
            assertThat(lines.get(0).get("minutes").asInt()).isEqualTo(95);
            assertThat(lines.get(0).get("occurredOn").asText()).isEqualTo(today().toString());
        });
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode listed = sessionsOf(ann.cardId()).get(0);
            assertThat(listed.get("status").asText()).isEqualTo("CREDITED");
            assertThat(listed.get("entryId").asText()).isEqualTo(entryId);
            assertThat(listed.get("points").asLong()).isEqualTo(15);
            assertThat(listed.get("minutes").asInt()).isEqualTo(95);
        });
        // the ledger's own volunteer sees the session too; the audit trail names the reading room's station
        assertThat(ann.client()
                        .get("/api/v1/cards/" + ann.cardId() + "/reading-sessions")
                        .status())
                .isEqualTo(200);
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(jdbc.queryForList("""
                                SELECT event_type, station_id FROM audit_entry
                                 WHERE card_id = ? AND event_type LIKE '%ReadingSession%' ORDER BY global_index""", ann.cardId()))
                        .extracting(
                                row -> row.get("event_type").toString().replaceAll(".*\\.", ""),
                                row -> row.get("station_id"))
                        .containsExactly(
                                tuple("ReadingSessionStarted", station), tuple("ReadingSessionEnded", station)));
    }

    @Test
    void aSessionTooShortForAnyPointsEndsTooShortWithoutAnEntry() {
        String session = started(ann, station);
        clock.advance(Duration.ofMinutes(29).plusSeconds(50));

        JsonNode ended = ended(ann, session, station);

        assertThat(ended.get("status").asText()).isEqualTo("TOO_SHORT");
        assertThat(ended.get("minutes").asInt()).isEqualTo(29);
        assertThat(ended.has("entryId")).isFalse();
        assertThat(ended.has("points")).isFalse();
        assertThat(studyCreditsInTheLog(ann.cardId())).isZero();
    }

    @Test
    void aSessionLeftOpenPastTheDailyStudyCapEndsUnfinishedWithoutACredit() {
        String session = started(ann, station);
        clock.advance(Duration.ofMinutes(241));

        JsonNode ended = ended(ann, session, station);

        assertThat(ended.get("status").asText()).isEqualTo("UNFINISHED");
        assertThat(ended.get("minutes").asInt()).isEqualTo(241);
        assertThat(ended.has("entryId")).isFalse();
        assertThat(studyCreditsInTheLog(ann.cardId())).isZero();
    }

    @Test
    void aForgottenSessionDoesNotBlockTheCardOnceItIsPastTheCap() {
        String forgotten = started(ann, station);
        clock.advance(Duration.ofMinutes(240));
        assertProblem(start(ann, station, world.code(station)), 409, "SESSION_ALREADY_OPEN", null);

        clock.advance(Duration.ofMinutes(1));
        String next = started(ann, station);

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(sessionsOf(ann.cardId()))
                        .extracting(
                                s -> s.get("sessionId").asText(),
                                s -> s.get("status").asText())
                        .containsExactly(tuple(next, "OPEN"), tuple(forgotten, "UNFINISHED")));
        assertThat(studyCreditsInTheLog(ann.cardId())).isZero();
    }

    @Test
    void aCardHasOneOpenSessionAtAnyStation() {
        String other = ledger.station();
        String session = started(ann, station);

        assertProblem(start(ann, station, world.code(station)), 409, "SESSION_ALREADY_OPEN", null);
        assertProblem(start(ann, other, world.code(other)), 409, "SESSION_ALREADY_OPEN", null);

        clock.advance(Duration.ofMinutes(30));
        assertThat(ended(ann, session, station).get("status").asText()).isEqualTo("CREDITED");
        assertThat(started(ann, other)).isNotEqualTo(session);
    }

    @Test
    void aWrongCodeOrAnotherStationsCodeIsRefusedAndStartsNothing() {
        String other = ledger.station();

        assertProblem(start(ann, station, "00000000"), 422, "CHECK_IN_CODE_INVALID", "code");
        assertProblem(start(ann, station, world.code(other)), 422, "CHECK_IN_CODE_INVALID", "code");

        assertThat(sessionsOf(ann.cardId())).isEmpty();
        assertThat(jdbc.queryForObject("""
                        SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                           AND payload_type LIKE '%ReadingSession%'""", Long.class, ann.cardId())).isZero();
    }

    @Test
    void aCodeOlderThanTheCurrentAndPreviousIntervalHasExpired() {
        String code = world.code(station);
        clock.advance(Duration.ofSeconds(61));

        assertProblem(start(ann, station, code), 422, "CHECK_IN_CODE_INVALID", "code");

        String session = started(ann, station);
        String atTheStart = world.code(station);
        clock.advance(Duration.ofMinutes(40));
        assertProblem(end(ann, session, atTheStart), 422, "CHECK_IN_CODE_INVALID", "code");
        assertThat(ended(ann, session, station).get("status").asText()).isEqualTo("CREDITED");
    }

    @Test
    void theEndTakesTheCodeOfTheRoomWhereTheSessionStarted() {
        String other = ledger.station();
        String session = started(ann, station);
        clock.advance(Duration.ofMinutes(45));

        assertProblem(end(ann, session, world.code(other)), 422, "CHECK_IN_CODE_INVALID", "code");
        assertThat(ended(ann, session, station).get("minutes").asInt()).isEqualTo(45);
    }

    @Test
    void nobodyEndsSomeoneElsesSessionAndItStaysOpenForItsVolunteer() {
        Volunteer bob = world.volunteerAt(station);
        String session = started(ann, station);
        clock.advance(Duration.ofMinutes(60));

        assertProblem(end(bob, session, world.code(station)), 409, "READING_SESSION_NOT_OPEN", null);
        ApiResponse staff = admin.post(
                "/api/v1/reading-sessions/" + session + "/end", key(), ReadingRoomWorld.body(world.code(station)));
        assertProblem(staff, 403, "FORBIDDEN", null);

        assertThat(ended(ann, session, station).get("status").asText()).isEqualTo("CREDITED");
        assertProblem(end(ann, session, world.code(station)), 409, "READING_SESSION_NOT_OPEN", null);
    }

    @Test
    void aSessionCreditTheDailyCapRefusesEndsRefusedWithTheCode() {
        ApiResponse studied = ledger.study(ann.cardId(), station, 200, today());
        assertThat(studied.status()).as(studied.toString()).isEqualTo(201);
        String session = started(ann, station);
        clock.advance(Duration.ofMinutes(60));

        JsonNode ended = ended(ann, session, station);

        assertThat(ended.get("status").asText()).isEqualTo("REFUSED");
        assertThat(ended.get("refusal").asText()).isEqualTo("DAILY_LIMIT_EXCEEDED");
        assertThat(ended.has("entryId")).isFalse();
        assertThat(studyCreditsInTheLog(ann.cardId())).isEqualTo(1);
        assertThat(started(ann, station)).isNotEqualTo(session);
    }

    @Test
    void anUnknownStationIsNotFound() {
        assertProblem(start(ann, "no-such-station", "12345678"), 404, "STATION_NOT_FOUND", "stationId");
    }

    @Test
    void replayedRequestsWithTheSameKeyAnswerTheSameAndRecordNothingNew() {
        String code = world.code(station);
        String startKey = key();
        ApiResponse first = start(ann, station, code, startKey);
        ApiResponse replayed = start(ann, station, code, startKey);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.body()).isEqualTo(first.body());
        assertThat(replayed.header("Idempotency-Replayed")).isEqualTo("true");
        assertProblem(start(ann, station, code, startKey + "-new"), 409, "SESSION_ALREADY_OPEN", null);

        String session = first.json().get("sessionId").asText();
        clock.advance(Duration.ofMinutes(60));
        String endKey = key();
        String endCode = world.code(station);
        ApiResponse end = end(ann, session, endCode, endKey);
        ApiResponse again = end(ann, session, endCode, endKey);

        assertThat(end.status()).as(end.toString()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(end.body());
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(studyCreditsInTheLog(ann.cardId())).isEqualTo(1);
        List<String> ids = new ArrayList<>();
        await().atMost(WAIT).untilAsserted(() -> {
            ids.clear();
            sessionsOf(ann.cardId()).forEach(s -> ids.add(s.get("sessionId").asText()));
            assertThat(ids).containsExactly(session);
        });
    }
}
