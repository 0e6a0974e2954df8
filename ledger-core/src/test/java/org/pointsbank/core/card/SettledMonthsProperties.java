package org.pointsbank.core.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.pointsbank.core.card.api.CreditProblemReport;
import org.pointsbank.core.card.api.CreditStudySession;
import org.pointsbank.core.card.api.CreditVolunteerHours;
import org.pointsbank.core.card.api.DescribeServiceRecord;
import org.pointsbank.core.card.api.IssueCard;
import org.pointsbank.core.card.api.MonthsSettled;
import org.pointsbank.core.card.api.ReverseEntry;
import org.pointsbank.core.policy.PointsPolicyV1;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.core.shared.LedgerCalendar;
import org.pointsbank.core.shared.RuleViolation;

/**
 * Model-based: random sequences of volunteer, study and problem-report credits, reversals, records of service,
 * days passing, months closing and snapshots, sent to a settling card and to {@link RememberingCardModel}, which
 * keeps every entry whole. Every answer is the same (the entry recorded, the record of service, or the refusal's
 * code and message), and the card sourced from its snapshots equals the card replayed from all its events.
 */
class SettledMonthsProperties {

    private static final String CARD = "card-1";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<String> ACTIVITIES = List.of("", "act-1", "act-2");

    /** {@code kind} picks the command; {@code a}, {@code b}, {@code c} its figures. */
    record Step(int kind, int a, int b, int c) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> figure = Arbitraries.integers().between(0, 1_000);
        return Combinators.combine(Arbitraries.integers().between(0, 15), figure, figure, figure)
                .as(Step::new)
                .list()
                .ofMinSize(5)
                .ofMaxSize(80);
    }

    @Property(tries = 80)
    void aSettlingCardAnswersAsACardThatRemembersEverything(@ForAll("steps") List<Step> steps) {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-10T02:00:00Z"));
        LedgerCalendar calendar = new LedgerCalendar(clock, 60);
        Set<YearMonth> closed = new HashSet<>();
        RememberingCardModel model = new RememberingCardModel(CARD, calendar, new PointsPolicyV1(), closed);
        try (InMemoryCardLedger snapshotted = new InMemoryCardLedger(calendar, serializer(), closed::contains);
                InMemoryCardLedger replayed = new InMemoryCardLedger(calendar, serializer(), closed::contains)) {
            snapshotted.send(new IssueCard(CARD, "yungu"));
            replayed.send(new IssueCard(CARD, "yungu"));
            for (Step step : steps) {
                LocalDate today = calendar.today();
                switch (step.kind()) {
                    case 0, 1, 2 -> {
                        String id = entryId(step.a());
                        int minutes = 15 + step.b() % 400;
                        LocalDate day = today.minusDays(step.c() % 75);
                        String activity = activity(step.c());
                        agree(
                                () -> model.credit(EntryType.VOLUNTEER_HOURS, id, minutes, day, activity),
                                new CreditVolunteerHours(CARD, id, "yungu", "litter", minutes, day, activity),
                                snapshotted,
                                replayed);
                    }
                    case 3, 4 -> {
                        String id = entryId(step.a());
                        int minutes = 30 + step.b() % 211;
                        LocalDate day = today.minusDays(step.c() % 75);
                        String activity = activity(step.c() / 3);
                        agree(
                                () -> model.credit(EntryType.STUDY_SESSION, id, minutes, day, activity),
                                new CreditStudySession(CARD, id, "yungu", "civics", minutes, day, activity),
                                snapshotted,
                                replayed);
                    }
                    case 5 -> {
                        String id = entryId(step.a());
                        LocalDate day = today.minusDays(step.c() % 75);
                        agree(
                                () -> model.report(id, 10, day),
                                new CreditProblemReport(CARD, id, "yungu", "r-" + id, "drain-cover", 10, day),
                                snapshotted,
                                replayed);
                    }
                    case 6, 7, 8 -> {
                        String reversal = entryId(step.a());
                        String target = entryId(step.b());
                        agree(
                                () -> model.reverse(reversal, target),
                                new ReverseEntry(CARD, reversal, target, "wrong card"),
                                snapshotted,
                                replayed);
                    }
                    case 9 -> {
                        LocalDate from = step.a() % 4 == 0 ? null : today.minusDays(step.a() % 200);
                        LocalDate to = step.b() % 3 == 0 ? null : today.minusDays(step.b() % 60 - 1);
                        agree(
                                () -> model.describe(from, to),
                                new DescribeServiceRecord(CARD, from, to),
                                snapshotted,
                                replayed);
                    }
                    case 10, 11, 12 -> clock.advance(Duration.ofDays(1 + step.a() % 12));
                    case 13, 14 -> closeOldestOpenMonth(closed, YearMonth.from(today));
                    default ->
                        snapshotted.storeSnapshot(CARD, snapshotted.lastSequenceNumber(CARD), snapshotted.load(CARD));
                }
            }
            assertThat(snapshotted.load(CARD))
                    .usingRecursiveComparison()
                    .ignoringFields("entries.settled.dayOf")
                    .isEqualTo(replayed.load(CARD));
            assertThat(snapshotted.events(CARD)).hasSameSizeAs(replayed.events(CARD));
        }
    }

    @Property(tries = 20)
    void closedMonthsAreSettledAndLeaveTheWholeEntries(@ForAll("steps") List<Step> steps) {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-10T02:00:00Z"));
        LedgerCalendar calendar = new LedgerCalendar(clock, 60);
        Set<YearMonth> closed = new HashSet<>();
        try (InMemoryCardLedger ledger = new InMemoryCardLedger(calendar, null, closed::contains)) {
            ledger.send(new IssueCard(CARD, "yungu"));
            for (int i = 0; i < steps.size(); i++) {
                LocalDate today = calendar.today();
                for (int k = 0; k < 3; k++) {
                    ledger.send(new CreditVolunteerHours(CARD, "e" + i + "-" + k, "yungu", "litter", 60, today, null));
                }
                clock.advance(Duration.ofDays(1 + steps.get(i).a() % 9));
                closeOldestOpenMonth(closed, YearMonth.from(calendar.today()));
            }
            ledger.send(new CreditVolunteerHours(CARD, "last", "yungu", "litter", 60, calendar.today(), null));
            assertThat(ledger.load(CARD))
                    .extracting("entries.byId")
                    .asInstanceOf(InstanceOfAssertFactories.map(String.class, RecordedEntry.class))
                    .allSatisfy((id, entry) -> assertThat(closed).doesNotContain(YearMonth.from(entry.occurredOn())))
                    .containsKey("last");
            boolean settledSome = ledger.events(CARD).stream().anyMatch(e -> e.getPayload() instanceof MonthsSettled);
            boolean closedAMonthWithEntries = closed.stream().anyMatch(month -> !month.isBefore(YearMonth.of(2026, 1)));
            assertThat(settledSome).isEqualTo(closedAMonthWithEntries);
            long whole = RewardCard.BASE_BYTES + (3L * steps.size() + 1) * CardEntries.BYTES_PER_ENTRY;
            if (closedAMonthWithEntries) {
                assertThat(ledger.load(CARD).estimatedBytes())
                        .as("a card with settled months weighs less than one keeping every entry whole")
                        .isLessThan(whole);
            }
        }
    }

    private static void agree(
            Supplier<Object> model, Object command, InMemoryCardLedger snapshotted, InMemoryCardLedger replayed) {
        Object expected = outcome(model::get);
        assertThat(outcome(() -> snapshotted.send(command)))
                .as("%s from its snapshots", command)
                .isEqualTo(expected);
        assertThat(outcome(() -> replayed.send(command)))
                .as("%s replayed", command)
                .isEqualTo(expected);
    }

    private static Object outcome(Supplier<Object> command) {
        try {
            return command.get();
        } catch (RuleViolation refused) {
            return refused.code() + ": " + refused.getMessage();
        }
    }

    /** Months close in order, once they are over, as the period's own rules allow. */
    private static void closeOldestOpenMonth(Set<YearMonth> closed, YearMonth current) {
        YearMonth month = YearMonth.of(2025, 10);
        while (closed.contains(month)) {
            month = month.plusMonths(1);
        }
        if (month.isBefore(current)) {
            closed.add(month);
        }
    }

    private static String entryId(int figure) {
        return "e" + figure % 40;
    }

    private static String activity(int figure) {
        String activity = ACTIVITIES.get(figure % ACTIVITIES.size());
        return activity.isEmpty() ? null : activity;
    }

    private static Serializer serializer() {
        return JacksonSerializer.builder()
                .objectMapper(new ObjectMapper()
                        .registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
                .build();
    }

    /** The ledger's clock, moved on by the steps. */
    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("one zone");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
