package org.pointsbank.api.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pointsbank.api.activity.ActivityDesk.checkInCard;
import static org.pointsbank.api.activity.ActivityDesk.checkInCode;
import static org.pointsbank.api.activity.ActivityDesk.checkOutCard;
import static org.pointsbank.api.activity.ActivityDesk.checkOutCode;
import static org.pointsbank.api.activity.ActivityDesk.close;
import static org.pointsbank.api.activity.ActivityDesk.code;
import static org.pointsbank.api.activity.ActivityDesk.line;
import static org.pointsbank.api.activity.ActivityDesk.planned;
import static org.pointsbank.api.activity.ActivityDesk.roster;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;

/**
 * An activity through HTTP from plan to close: the roster, a volunteer's self check-in with the live code, the
 * desk's check-in by card, check-out, attendance on paper, and the close that credits each attendee once, with
 * the balances, statements and rankings that follow. Each test lives on days of its own, far ahead (the
 * service's clock travels there and moves through the activity's window).
 */
class ActivityFlowIT extends IntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2115, 3, 10);

    private void at(LocalDate day, String time) {
        clock.travelTo(day.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant());
    }

    @Test
    void anActivityFromPlanToCloseCreditsEachAttendeeOnceAndTheReadSideFollows() {
        ActivityDesk desk = new ActivityDesk(admin);
        at(DAY, "08:00");
        String station = ledger.station();
        ApiClient staff = desk.staffOf(station);
        String self = ledger.card(station);
        String byCard = ledger.card(station);
        String onPaper = ledger.card(station);
        String absent = ledger.card(station);
        ApiClient volunteer = desk.volunteerOf(self);

        ApiResponse plannedResponse = ActivityDesk.plan(staff, station, "VOLUNTEER", DAY, "09:00", "11:00", 10, true);
        assertThat(plannedResponse.status()).as(plannedResponse.toString()).isEqualTo(201);
        JsonNode activity = plannedResponse.json();
        String id = activity.get("activityId").asText();
        assertThat(activity.get("plannedMinutes").asInt()).isEqualTo(120);
        assertThat(activity.get("status").asText()).isEqualTo("OPEN");
        assertThat(activity.get("selfCheckIn").asBoolean()).isTrue();
        assertThat(roster(staff, id, byCard, onPaper, absent).status()).isEqualTo(200);

        at(DAY, "09:09:30"); // the clock runs on: a check-out on the minute keeps the whole minutes
        ApiResponse selfIn = checkInCode(volunteer, id, code(staff, id));
        assertThat(selfIn.status()).as(selfIn.toString()).isEqualTo(200);
        assertThat(checkInCard(staff, id, byCard).status()).isEqualTo(200);
        at(DAY, "10:40");
        assertThat(checkOutCode(volunteer, id, code(staff, id)).status()).isEqualTo(200);
        at(DAY, "11:30"); // after the window: only its 110 minutes count
        ApiResponse out = checkOutCard(staff, id, byCard);
        assertThat(out.status()).as(out.toString()).isEqualTo(200);
        ApiResponse paper = staff.post(
                "/api/v1/activities/" + id + "/attendance",
                ActivityDesk.key(),
                "{\"entries\":[{\"cardId\":\"" + onPaper + "\",\"minutes\":60}]}");
        assertThat(paper.status()).as(paper.toString()).isEqualTo(200);

        ApiResponse closed = close(staff, id, ActivityDesk.key());
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        JsonNode result = closed.json();
        assertThat(result.get("status").asText()).isEqualTo("CLOSED");
        assertThat(credited(result)).containsExactlyInAnyOrder(self + " 90 15", byCard + " 110 18", onPaper + " 60 10");
        assertThat(result.get("refused")).isEmpty();
        assertThat(result.get("noShows")).hasSize(1);
        assertThat(result.get("noShows").get(0).asText()).isEqualTo(absent);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(admin.get("/api/v1/cards/" + self).json().get("balance").asLong())
                    .isEqualTo(15);
            assertThat(admin.get("/api/v1/cards/" + byCard)
                            .json()
                            .get("volunteerMinutes")
                            .asInt())
                    .isEqualTo(110);
            JsonNode lines =
                    admin.get("/api/v1/cards/" + self + "/entries").json().get("entries");
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).get("activityId").asText()).isEqualTo(id);
            assertThat(lines.get(0).get("description").asText()).isEqualTo("River bank clean-up");
            assertThat(lines.get(0).get("occurredOn").asText()).isEqualTo(DAY.toString());
            JsonNode ranking = admin.get("/api/v1/rankings?period=2115-03&stationId=" + station)
                    .json()
                    .get("entries");
            assertThat(ranking.get(0).get("cardId").asText()).isEqualTo(byCard);
            assertThat(ranking.get(0).get("points").asLong()).isEqualTo(18);
            assertThat(ranking).hasSize(3);
            JsonNode view = staff.get("/api/v1/activities/" + id).json();
            assertThat(view.get("status").asText()).isEqualTo("CLOSED");
            assertThat(line(staff, id, absent).get("status").asText()).isEqualTo("NO_SHOW");
            assertThat(line(staff, id, self).get("status").asText()).isEqualTo("CREDITED");
            assertThat(line(staff, id, self).get("minutes").asInt()).isEqualTo(90);
        });
        String entry = line(staff, id, self).get("entryId").asText();
        assertThat(entry)
                .isEqualTo(result.get("credited").findValuesAsText("entryId").stream()
                        .filter(e -> e.equals(entry))
                        .findFirst()
                        .orElseThrow());
        assertThat(close(staff, id, ActivityDesk.key()).code()).isEqualTo("ACTIVITY_CLOSED");
    }

    @Test
    void aClosedActivityReplaysItsCloseUnderTheSameKeyAndCreditsNothingAgain() {
        ActivityDesk desk = new ActivityDesk(admin);
        LocalDate day = LocalDate.of(2115, 3, 11);
        at(day, "08:00");
        String station = ledger.station();
        ApiClient staff = desk.staffOf(station);
        String card = ledger.card(station);
        String id = planned(staff, station, "STUDY", day, "09:00", "11:00", null, false);
        at(day, "08:59"); // before the window: counted from its start
        assertThat(checkInCard(staff, id, card).status()).isEqualTo(200);
        at(day, "10:30");
        assertThat(checkOutCard(staff, id, card).status()).isEqualTo(200);

        String key = ActivityDesk.key();
        ApiResponse first = close(staff, id, key);
        ApiResponse again = close(staff, id, key);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(credited(first.json())).containsExactly(card + " 90 15");
        await().untilAsserted(() -> assertThat(
                        admin.get("/api/v1/cards/" + card).json().get("balance").asLong())
                .isEqualTo(15));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%StudySessionCredited'",
                        Long.class, card))
                .isEqualTo(1);
    }

    @Test
    void aWrongCodeAndAnExpiredCodeAreRefused() {
        ActivityDesk desk = new ActivityDesk(admin);
        LocalDate day = LocalDate.of(2115, 3, 12);
        at(day, "09:30");
        String station = ledger.station();
        ApiClient staff = desk.staffOf(station);
        String card = ledger.card(station);
        ApiClient volunteer = desk.volunteerOf(card);
        String id = planned(staff, station, "VOLUNTEER", day, "09:00", "12:00", null, true);

        String code = code(staff, id);
        String wrong = code.equals("00000000") ? "11111111" : "00000000";
        ApiResponse refused = checkInCode(volunteer, id, wrong);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("CHECK_IN_CODE_INVALID");
        clock.advance(Duration.ofMinutes(2));
        ApiResponse expired = checkInCode(volunteer, id, code);
        assertThat(expired.status()).isEqualTo(422);
        assertThat(expired.code()).isEqualTo("CHECK_IN_CODE_INVALID");
        ApiResponse live = checkInCode(volunteer, id, code(staff, id));
        assertThat(live.status()).as(live.toString()).isEqualTo(200);
        assertThat(checkInCode(volunteer, id, code(staff, id)).code()).isEqualTo("ALREADY_CHECKED_IN");
    }

    @Test
    void aVolunteerCannotCheckThemselvesInWhereTheDeskDoes() {
        ActivityDesk desk = new ActivityDesk(admin);
        LocalDate day = LocalDate.of(2115, 3, 13);
        at(day, "09:30");
        String station = ledger.station();
        ApiClient staff = desk.staffOf(station);
        String card = ledger.card(station);
        String id = planned(staff, station, "VOLUNTEER", day, "09:00", "12:00", null, false);
        ApiResponse refused = checkInCode(desk.volunteerOf(card), id, code(staff, id));
        assertThat(refused.status()).as(refused.toString()).isIn(403, 422);
        assertThat(staff.get("/api/v1/activities/" + id).json().get("roster")).isEmpty();
    }

    @Test
    void theRosterAndSignUpsStopAtCapacity() {
        ActivityDesk desk = new ActivityDesk(admin);
        LocalDate day = LocalDate.of(2115, 3, 14);
        at(day, "08:00");
        String station = ledger.station();
        ApiClient staff = desk.staffOf(station);
        String a = ledger.card(station);
        String b = ledger.card(station);
        String c = ledger.card(station);
        String id = planned(staff, station, "VOLUNTEER", day, "09:00", "12:00", 2, true);

        ApiResponse over = roster(staff, id, a, b, c);
        assertThat(over.status()).isEqualTo(409);
        assertThat(over.code()).isEqualTo("ACTIVITY_FULL");
        assertThat(over.json().get("detail").asText()).contains("2");
        assertThat(roster(staff, id, a).status()).isEqualTo(200);
        ApiResponse signedUp =
                desk.volunteerOf(b).post("/api/v1/activities/" + id + "/signups", ActivityDesk.key(), null);
        assertThat(signedUp.status()).as(signedUp.toString()).isIn(200, 201);
        ApiResponse full = desk.volunteerOf(c).post("/api/v1/activities/" + id + "/signups", ActivityDesk.key(), null);
        assertThat(full.code()).isEqualTo("ACTIVITY_FULL");
        at(day, "09:00");
        assertThat(checkInCard(staff, id, c).code())
                .as("a walk-in needs a free place")
                .isEqualTo("ACTIVITY_FULL");
        String unknown = java.util.UUID.randomUUID().toString();
        ApiResponse missing = roster(staff, id, unknown);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("CARD_NOT_FOUND");
        assertThat(missing.json().get("detail").asText()).contains(unknown);
    }

    @Test
    void fiftyConcurrentCheckInsOfOneCardGiveOneLine() throws Exception {
        ActivityDesk desk = new ActivityDesk(admin);
        LocalDate day = LocalDate.of(2115, 3, 15);
        at(day, "09:30");
        String station = ledger.station();
        ApiClient staff = desk.staffOf(station);
        String card = ledger.card(station);
        String id = planned(staff, station, "VOLUNTEER", day, "09:00", "12:00", null, false);

        ExecutorService desks = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiResponse>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                sent.add(desks.submit(() -> {
                    start.await();
                    return checkInCard(staff, id, card);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<ApiResponse> response : sent) {
                statuses.add(response.get().status());
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        } finally {
            desks.shutdown();
        }
        await().untilAsserted(() -> {
            JsonNode roster = staff.get("/api/v1/activities/" + id).json().get("roster");
            assertThat(roster).hasSize(1);
            assertThat(roster.get(0).get("status").asText()).isEqualTo("CHECKED_IN");
        });
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%CheckedIn'",
                        Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void aVolunteerSeesOnlyTheirOwnRosterLine() {
        ActivityDesk desk = new ActivityDesk(admin);
        LocalDate day = LocalDate.of(2115, 3, 16);
        at(day, "08:00");
        String station = ledger.station();
        ApiClient staff = desk.staffOf(station);
        String mine = ledger.card(station);
        String theirs = ledger.card(station);
        String id = planned(staff, station, "VOLUNTEER", day, "09:00", "12:00", null, true);
        assertThat(roster(staff, id, mine, theirs).status()).isEqualTo(200);

        ApiClient volunteer = desk.volunteerOf(mine);
        await().untilAsserted(() -> {
            ApiResponse seen = volunteer.get("/api/v1/activities/" + id);
            assertThat(seen.status()).isEqualTo(200);
            assertThat(seen.json().get("roster").findValuesAsText("cardId")).containsExactly(mine);
            assertThat(seen.body()).doesNotContain(theirs);
            assertThat(staff.get("/api/v1/activities/" + id).json().get("roster"))
                    .hasSize(2);
        });
        ApiResponse list = volunteer.get("/api/v1/stations/" + station + "/activities");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsText("activityId")).contains(id);
    }

    @Test
    void aCancelledActivityCreditsNothingAndTakesNoMoreAttendance() {
        ActivityDesk desk = new ActivityDesk(admin);
        LocalDate day = LocalDate.of(2115, 3, 17);
        at(day, "09:30");
        String station = ledger.station();
        ApiClient staff = desk.staffOf(station);
        String card = ledger.card(station);
        String id = planned(staff, station, "VOLUNTEER", day, "09:00", "12:00", null, false);
        assertThat(checkInCard(staff, id, card).status()).isEqualTo(200);
        ApiResponse cancelled = staff.post(
                "/api/v1/activities/" + id + "/cancellation", ActivityDesk.key(), "{\"reason\":\"heavy rain\"}");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(checkOutCard(staff, id, card).code()).isEqualTo("ACTIVITY_NOT_OPEN");
        assertThat(close(staff, id, ActivityDesk.key()).status()).isEqualTo(409);
        assertThat(admin.get("/api/v1/cards/" + card).json().get("balance").asLong())
                .isZero();
    }

    @Test
    void termsThePolicyCannotCreditAreRefusedNamingTheField() {
        ActivityDesk desk = new ActivityDesk(admin);
        String station = ledger.station();
        ApiClient staff = desk.staffOf(station);
        ApiResponse tooShort = ActivityDesk.plan(staff, station, "STUDY", today(), "09:00", "09:20", null, true);
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.code()).isEqualTo("INVALID_ACTIVITY_TERMS");
        assertThat(tooShort.json().get("errors").get(0).get("field").asText()).isEqualTo("endTime");
        ApiResponse otherStation = ActivityDesk.plan(
                desk.staffOf(ledger.station()), station, "VOLUNTEER", today(), "09:00", "10:00", null, true);
        assertThat(otherStation.status()).isEqualTo(403);
    }

    @Test
    void theStationsKioskReadsTheActivitysCodeAndAnotherStationsKioskDoesNot() {
        String station = ledger.station();
        String id = planned(admin, station, "VOLUNTEER", today(), "08:00", "20:00", null, true);
        ApiClient kiosk = kioskOf(station);
        ApiResponse code = kiosk.get("/api/v1/activities/" + id + "/check-in-code");
        assertThat(code.status()).as(code.toString()).isEqualTo(200);
        assertThat(code.json().get("code").asText()).matches("[0-9]{8}");
        assertThat(code.json().get("url").asText()).contains("activity=" + id);
        assertThat(kiosk.getBytes("/api/v1/activities/" + id + "/check-in-code", "image/png")
                        .statusCode())
                .isEqualTo(200);
        assertThat(kioskOf(ledger.station())
                        .get("/api/v1/activities/" + id + "/check-in-code")
                        .status())
                .isEqualTo(403);
        assertThat(kiosk.get("/api/v1/activities/" + id).status()).isEqualTo(403);
    }

    private ApiClient kioskOf(String station) {
        String name = "act-kiosk-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                ActivityDesk.key(),
                "{\"username\":\"" + name + "\",\"password\":\"" + ActivityDesk.PASSWORD
                        + "\",\"role\":\"KIOSK\",\"stationIds\":[\"" + station + "\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return admin.as(name, ActivityDesk.PASSWORD);
    }

    /** "cardId minutes points" of each credited attendee. */
    static List<String> credited(JsonNode close) {
        List<String> lines = new ArrayList<>();
        close.get("credited")
                .forEach(c -> lines.add(c.get("cardId").asText() + " "
                        + c.get("minutes").asInt() + " " + c.get("points").asLong()));
        return lines;
    }
}
