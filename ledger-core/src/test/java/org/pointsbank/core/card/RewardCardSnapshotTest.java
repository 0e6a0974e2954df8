package org.pointsbank.core.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pointsbank.core.card.CardHistory.CARD;
import static org.pointsbank.core.card.CardHistory.NOW;
import static org.pointsbank.core.card.CardHistory.OTHER_STATION;
import static org.pointsbank.core.card.CardHistory.STATION;
import static org.pointsbank.core.card.CardHistory.TODAY;
import static org.pointsbank.core.card.CardHistory.YESTERDAY;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.card.api.CloseCard;
import org.pointsbank.core.card.api.CreditProblemReport;
import org.pointsbank.core.card.api.CreditStudySession;
import org.pointsbank.core.card.api.CreditVolunteerHours;
import org.pointsbank.core.card.api.DescribeServiceRecord;
import org.pointsbank.core.card.api.EndReadingSession;
import org.pointsbank.core.card.api.EntryRecorded;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.IssueCard;
import org.pointsbank.core.card.api.ReadingSessionEnded;
import org.pointsbank.core.card.api.ReadingSessionStatus;
import org.pointsbank.core.card.api.ReverseEntry;
import org.pointsbank.core.card.api.ServiceRecord;
import org.pointsbank.core.card.api.StartReadingSession;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.core.shared.EntryType;

/**
 * A card written to a Jackson snapshot and read back is the same card: every field survives, and
 * a ledger that holds nothing but that snapshot goes on enforcing the same rules.
 */
class RewardCardSnapshotTest {

    private static final LocalDate TWO_DAYS_AGO = TODAY.minusDays(2);

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();

    private InMemoryCardLedger original;
    private InMemoryCardLedger restoredFromSnapshot;

    @BeforeEach
    void setUp() {
        original = new InMemoryCardLedger(CardHistory.calendarAt(NOW), serializer);
        restoredFromSnapshot = new InMemoryCardLedger(CardHistory.calendarAt(NOW), serializer);
    }

    @AfterEach
    void tearDown() {
        original.close();
        restoredFromSnapshot.close();
    }

    /** 600 volunteer and 180 study minutes today, a reversed credit yesterday; 140 points. */
    private void recordABusyHistory() {
        original.send(new IssueCard(CARD, STATION));
        original.send(new CreditVolunteerHours(CARD, "e1", STATION, "litter picking", 600, TODAY));
        original.send(new CreditStudySession(CARD, "s1", STATION, "civic study", 180, TODAY));
        original.send(new CreditVolunteerHours(CARD, "e2", STATION, "litter picking", 60, YESTERDAY));
        original.send(new ReverseEntry(CARD, "r1", "e2", "wrong card"));
        original.send(new CreditVolunteerHours(CARD, "e3", OTHER_STATION, "river clean-up", 60, TWO_DAYS_AGO));
    }

    private RewardCard roundTrip(RewardCard card) {
        SerializedObject<String> snapshot = serializer.serialize(card, String.class);
        assertThat(snapshot.getType().getName()).isEqualTo(RewardCard.class.getName());
        assertThat(snapshot.getType().getRevision()).isEqualTo("8");
        return serializer.deserialize(snapshot);
    }

    /**
     * Snapshots the original card and gives the snapshot, alone, to the second ledger, which
     * keeps it as JSON and sources the card from it on every command.
     */
    private long moveSnapshotToTheSecondLedger() {
        long sequenceNumber = original.lastSequenceNumber(CARD);
        restoredFromSnapshot.storeSnapshot(CARD, sequenceNumber, original.load(CARD));
        return sequenceNumber;
    }

    @Test
    void restoresEveryFieldOfACardWithHistory() {
        recordABusyHistory();
        RewardCard card = original.load(CARD);

        RewardCard restored = roundTrip(card);

        assertThat(card).extracting("cardId", "status", "balance").containsExactly(CARD, CardStatus.ACTIVE, 140L);
        assertThat(card)
                .extracting("entries.byId")
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsOnlyKeys("e1", "s1", "e2", "r1", "e3");
        assertThat(restored).isNotSameAs(card).usingRecursiveComparison().isEqualTo(card);
    }

    @Test
    void writesBusinessDaysAsIsoDatesNotTimestamps() {
        recordABusyHistory();

        String json = serializer.serialize(original.load(CARD), String.class).getData();

        assertThat(json)
                .contains("\"2026-11-03\"", "\"occurredOn\":\"2026-11-01\"")
                .doesNotContain("[2026,11,3]");
    }

    @Test
    void aCardRestoredFromItsSnapshotKeepsEnforcingItsRules() {
        recordABusyHistory();
        long snapshotSequence = moveSnapshotToTheSecondLedger();
        InMemoryCardLedger ledger = restoredFromSnapshot;

        assertThatThrownBy(
                        () -> ledger.send(new CreditVolunteerHours(CARD, "e4", STATION, "litter picking", 121, TODAY)))
                .isInstanceOf(DailyLimitExceeded.class)
                .hasMessageContaining("600 minutes already credited");
        assertThatThrownBy(() -> ledger.send(new CreditStudySession(CARD, "s2", STATION, "civic study", 61, TODAY)))
                .isInstanceOf(DailyLimitExceeded.class)
                .hasMessageContaining("180 minutes already credited");
        assertThatThrownBy(() -> ledger.send(new CreditVolunteerHours(CARD, "e1", STATION, "again", 60, YESTERDAY)))
                .isInstanceOf(DuplicateEntryId.class);
        assertThatThrownBy(() -> ledger.send(new ReverseEntry(CARD, "r2", "e2", "again")))
                .isInstanceOf(EntryAlreadyReversed.class);
        assertThatThrownBy(() -> ledger.send(new ReverseEntry(CARD, "r2", "r1", "undo")))
                .isInstanceOf(ReversalNotReversible.class);
        assertThat(ledger.events(CARD)).isEmpty();

        EntryRecorded yesterday =
                ledger.send(new CreditVolunteerHours(CARD, "e4", STATION, "litter picking", 720, YESTERDAY));
        EntryRecorded reversal = ledger.send(new ReverseEntry(CARD, "r2", "e3", "wrong card"));
        EntryRecorded upToTheCap =
                ledger.send(new CreditVolunteerHours(CARD, "e5", STATION, "litter picking", 120, TODAY));

        assertThat(yesterday.balance()).isEqualTo(260);
        assertThat(reversal.balance()).isEqualTo(250);
        assertThat(upToTheCap.balance()).isEqualTo(270);
        assertThat(ledger.events(CARD))
                .extracting(DomainEventMessage::getSequenceNumber)
                .containsExactly(snapshotSequence + 1, snapshotSequence + 2, snapshotSequence + 3);
        assertThat(ledger.events(CARD))
                .<Object>extracting(DomainEventMessage::getPayload)
                .containsExactly(
                        new VolunteerHoursCredited(
                                CARD, "e4", STATION, "litter picking", 720, YESTERDAY, 120, 260, "v1", NOW),
                        new EntryReversed(
                                CARD,
                                "r2",
                                "e3",
                                EntryType.VOLUNTEER_HOURS,
                                OTHER_STATION,
                                TWO_DAYS_AGO,
                                -60,
                                -10,
                                250,
                                "wrong card",
                                "v1",
                                NOW),
                        new VolunteerHoursCredited(
                                CARD, "e5", STATION, "litter picking", 120, TODAY, 20, 270, "v1", NOW));
    }

    @Test
    void aClosedCardStaysClosedButCorrectableAfterRestoring() {
        recordABusyHistory();
        original.send(new CloseCard(CARD, "moved away"));
        moveSnapshotToTheSecondLedger();

        assertThatThrownBy(() -> restoredFromSnapshot.send(
                        new CreditStudySession(CARD, "s2", STATION, "civic study", 30, TODAY)))
                .isInstanceOf(CardNotActive.class);
        assertThatThrownBy(() -> restoredFromSnapshot.send(new CloseCard(CARD, "again")))
                .isInstanceOf(CardNotActive.class);
        EntryRecorded reversal = restoredFromSnapshot.send(new ReverseEntry(CARD, "r2", "s1", "did not attend"));

        assertThat(reversal.points()).isEqualTo(-30);
        assertThat(reversal.balance()).isEqualTo(110);
    }

    @Test
    void anOpenReadingSessionSurvivesTheSnapshot() {
        recordABusyHistory();
        original.send(new StartReadingSession(CARD, "rs-1", STATION, CardHistory.DOOR_CODE));
        RewardCard card = original.load(CARD);
        assertThat(roundTrip(card)).usingRecursiveComparison().isEqualTo(card);
        moveSnapshotToTheSecondLedger();

        assertThatThrownBy(() -> restoredFromSnapshot.send(
                        new StartReadingSession(CARD, "rs-2", OTHER_STATION, CardHistory.DOOR_CODE)))
                .isInstanceOf(SessionAlreadyOpen.class)
                .hasMessageContaining("rs-1 open at yungu");
        ReadingSessionEnded ended =
                restoredFromSnapshot.send(new EndReadingSession(CARD, "rs-1", CardHistory.DOOR_CODE));

        assertThat(ended.status()).isEqualTo(ReadingSessionStatus.TOO_SHORT);
        assertThat(ended.startedAt()).isEqualTo(NOW);
    }

    /** Five reports rewarded today, one of them reversed, and one yesterday: the tally survives the snapshot. */
    @Test
    void theRewardedReportsOfEachDaySurviveTheSnapshot() {
        original.send(new IssueCard(CARD, STATION));
        for (int i = 1; i <= 5; i++) {
            original.send(new CreditProblemReport(CARD, "p" + i, STATION, "r-" + i, "drain-cover", 10, TODAY));
        }
        original.send(new CreditProblemReport(CARD, "p0", STATION, "r-0", "drain-cover", 10, YESTERDAY));
        original.send(new ReverseEntry(CARD, "rp3", "p3", "wrong card"));
        original.send(new CreditProblemReport(CARD, "p6", STATION, "r-6", "drain-cover", 10, TODAY));
        RewardCard card = original.load(CARD);
        assertThat(roundTrip(card)).usingRecursiveComparison().isEqualTo(card);
        assertThat(serializer.serialize(card, String.class).getData()).contains("\"rewardedReports\":5");
        moveSnapshotToTheSecondLedger();

        assertThatThrownBy(() -> restoredFromSnapshot.send(
                        new CreditProblemReport(CARD, "p7", STATION, "r-7", "drain-cover", 10, TODAY)))
                .isInstanceOf(DailyLimitExceeded.class)
                .hasMessageContaining("5 already rewarded");
        assertThatThrownBy(() -> restoredFromSnapshot.send(
                        new CreditProblemReport(CARD, "p6", STATION, "r-6", "drain-cover", 10, YESTERDAY)))
                .isInstanceOf(DuplicateEntryId.class);
        restoredFromSnapshot.send(new ReverseEntry(CARD, "rp6", "p6", "wrong card"));
        EntryRecorded freed = restoredFromSnapshot.send(
                new CreditProblemReport(CARD, "p7", STATION, "r-7", "drain-cover", 10, TODAY));

        assertThat(freed.type()).isEqualTo(EntryType.PROBLEM_REPORT);
        assertThat(freed.balance()).isEqualTo(60);
    }

    /** Revision 6: the activity of each credit survives, so a restored card describes the same service. */
    @Test
    void theActivityOfEachCreditSurvivesAndTheServiceRecordIsTheSame() {
        recordABusyHistory();
        original.send(new CreditVolunteerHours(CARD, "e6", STATION, "river clean-up", 30, TWO_DAYS_AGO, "act-9"));
        RewardCard card = original.load(CARD);
        assertThat(serializer.serialize(card, String.class).getData()).contains("\"activityId\":\"act-9\"");
        assertThat(roundTrip(card)).usingRecursiveComparison().isEqualTo(card);
        moveSnapshotToTheSecondLedger();

        DescribeServiceRecord describe = new DescribeServiceRecord(CARD, null, null);
        ServiceRecord restored = restoredFromSnapshot.send(describe);

        assertThat(restored).isEqualTo(original.send(describe));
        assertThat(restored.activityIds()).containsExactly("act-9");
        assertThat(restored.volunteerMinutes()).isEqualTo(690);
    }
}
