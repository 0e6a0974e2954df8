package org.pointsbank.core.card;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.pointsbank.core.card.api.CardClosed;
import org.pointsbank.core.card.api.CardIssued;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.ReadingSessionStarted;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.core.period.PeriodGate;
import org.pointsbank.core.policy.PointsPolicyV1;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.core.shared.LedgerCalendar;

/**
 * Builds the event history of one reward card, as the aggregate itself would have recorded it,
 * so a test names only the entries that matter. Points and running balances follow the
 * policy v1 table of docs/api.md and are worked out here, independently of the code under test.
 */
final class CardHistory {

    static final String CARD = "card-1";
    static final String STATION = "yungu";
    static final String OTHER_STATION = "xixi";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 10:00 on 3 November 2026 in Shanghai. */
    static final Instant NOW = Instant.parse("2026-11-03T02:00:00Z");

    static final LocalDate TODAY = LocalDate.of(2026, 11, 3);
    static final LocalDate YESTERDAY = TODAY.minusDays(1);
    static final int MAX_BACKDATING_DAYS = 60;
    static final Instant EARLIER = NOW.minusSeconds(3_600);

    /** The code on every reading room's door in these tests. */
    static final String DOOR_CODE = "424242";

    /** A door that opens with {@link #DOOR_CODE} at every station. */
    static final ReadingRoomDoor DOOR = (stationId, code) -> DOOR_CODE.equals(code);

    private final List<Object> events = new ArrayList<>();
    private final Map<String, Object> credits = new HashMap<>();
    private long balance;

    private CardHistory() {}

    /** A fixture for the card, with the calendar fixed at {@link #NOW} and policy v1. */
    static AggregateTestFixture<RewardCard> fixture() {
        return fixture(NOW);
    }

    static AggregateTestFixture<RewardCard> fixture(Instant now) {
        AggregateTestFixture<RewardCard> fixture = new AggregateTestFixture<>(RewardCard.class);
        fixture.registerInjectableResource(calendarAt(now));
        fixture.registerInjectableResource(new PointsPolicyV1());
        fixture.registerInjectableResource(PeriodGate.NONE_CLOSED);
        fixture.registerInjectableResource(DOOR);
        return fixture;
    }

    static LedgerCalendar calendarAt(Instant now) {
        return new LedgerCalendar(Clock.fixed(now, ZONE), MAX_BACKDATING_DAYS);
    }

    static CardHistory issued() {
        CardHistory history = new CardHistory();
        history.events.add(new CardIssued(CARD, STATION, EARLIER));
        return history;
    }

    CardHistory volunteerCredit(String entryId, int minutes) {
        return volunteerCredit(entryId, minutes, TODAY);
    }

    CardHistory volunteerCredit(String entryId, int minutes, LocalDate day) {
        return volunteerCredit(entryId, minutes, day, STATION);
    }

    CardHistory volunteerCredit(String entryId, int minutes, LocalDate day, String station) {
        long points = minutes * 10L / 60;
        balance += points;
        return record(
                entryId,
                new VolunteerHoursCredited(
                        CARD,
                        entryId,
                        station,
                        "litter picking",
                        minutes,
                        day,
                        points,
                        balance,
                        PointsPolicyV1.VERSION,
                        EARLIER));
    }

    CardHistory studyCredit(String entryId, int minutes) {
        return studyCredit(entryId, minutes, TODAY);
    }

    CardHistory studyCredit(String entryId, int minutes, LocalDate day) {
        return studyCredit(entryId, minutes, day, STATION);
    }

    CardHistory studyCredit(String entryId, int minutes, LocalDate day, String station) {
        long points = 5L * (minutes / 30);
        balance += points;
        return record(
                entryId,
                new StudySessionCredited(
                        CARD,
                        entryId,
                        station,
                        "civic study",
                        minutes,
                        day,
                        points,
                        balance,
                        PointsPolicyV1.VERSION,
                        EARLIER));
    }

    /** The reversal the card would have recorded for an earlier credit of this history. */
    CardHistory reversal(String reversalEntryId, String reversedEntryId) {
        Object credit = credits.get(reversedEntryId);
        EntryReversed reversal;
        if (credit instanceof VolunteerHoursCredited volunteer) {
            balance -= volunteer.points();
            reversal = new EntryReversed(
                    CARD,
                    reversalEntryId,
                    reversedEntryId,
                    EntryType.VOLUNTEER_HOURS,
                    volunteer.stationId(),
                    volunteer.occurredOn(),
                    -volunteer.minutes(),
                    -volunteer.points(),
                    balance,
                    "recorded in error",
                    volunteer.policyVersion(),
                    EARLIER);
        } else if (credit instanceof StudySessionCredited study) {
            balance -= study.points();
            reversal = new EntryReversed(
                    CARD,
                    reversalEntryId,
                    reversedEntryId,
                    EntryType.STUDY_SESSION,
                    study.stationId(),
                    study.occurredOn(),
                    -study.minutes(),
                    -study.points(),
                    balance,
                    "recorded in error",
                    study.policyVersion(),
                    EARLIER);
        } else {
            throw new IllegalArgumentException("no credit " + reversedEntryId + " in this history");
        }
        return record(reversalEntryId, reversal);
    }

    CardHistory readingSessionStarted(String sessionId, String station, Instant startedAt) {
        events.add(new ReadingSessionStarted(CARD, sessionId, station, startedAt));
        return this;
    }

    CardHistory closed() {
        events.add(new CardClosed(CARD, "moved away", EARLIER));
        return this;
    }

    /** The running balance after the last event of this history. */
    long balance() {
        return balance;
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    private CardHistory record(String entryId, Object event) {
        if (credits.putIfAbsent(entryId, event) != null) {
            throw new IllegalArgumentException("entry id " + entryId + " used twice in this history");
        }
        events.add(event);
        return this;
    }
}
