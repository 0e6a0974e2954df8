package org.pointsbank.api.ranking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongFunction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.ProblemReportCredited;
import org.pointsbank.core.shared.EntryType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Governance points for the rankings oracle: rewards of verified problem reports ({@link ProblemReportCredited}) and
 * reversals of some of them, appended to the cards' streams as the card records them (next sequence number, the
 * balance after), past the command side: the rankings read model is what is tested, whatever sends the reward.
 * The cards take no command after them.
 */
final class GovernanceRewards {

    /** A generated reward: what the oracle knows of it. */
    record Reward(String cardId, String stationId, LocalDate day, long points, String reportId, String entryId) {}

    private final EventStore eventStore;
    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;

    GovernanceRewards(EventStore eventStore, TransactionManager transactions, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    static List<Reward> generate(Random random, List<String> cards, List<String> stations, LocalDate today, int n) {
        List<Reward> rewards = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String report = UUID.randomUUID().toString();
            rewards.add(new Reward(
                    cards.get(random.nextInt(cards.size())),
                    stations.get(random.nextInt(stations.size())),
                    today.minusDays(random.nextInt(61)),
                    5 + random.nextInt(26),
                    report,
                    UUID.nameUUIDFromBytes(report.getBytes()).toString()));
        }
        return rewards;
    }

    /** Appends each reward, then each reversal, one card event at a time. */
    void record(List<Reward> rewards, List<Reward> reversed) {
        for (Reward r : rewards) {
            append(
                    r.cardId(),
                    balance -> new ProblemReportCredited(
                            r.cardId(),
                            r.entryId(),
                            r.stationId(),
                            r.reportId(),
                            "drain",
                            r.day(),
                            r.points(),
                            balance + r.points(),
                            "v1",
                            Instant.now()));
        }
        for (Reward r : reversed) {
            append(
                    r.cardId(),
                    balance -> new EntryReversed(
                            r.cardId(),
                            UUID.randomUUID().toString(),
                            r.entryId(),
                            EntryType.PROBLEM_REPORT,
                            r.stationId(),
                            r.day(),
                            0,
                            -r.points(),
                            balance - r.points(),
                            "rewarded twice",
                            "v1",
                            Instant.now()));
        }
    }

    private void append(String cardId, LongFunction<Object> event) {
        Long next = jdbc.queryForObject(
                "SELECT max(sequence_number) + 1 FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class,
                cardId);
        List<Long> balances = jdbc.queryForList("""
                SELECT (payload_json(payload) ->> 'balanceAfter')::bigint FROM domain_event_entry
                 WHERE aggregate_identifier = ? AND payload_json(payload) ->> 'balanceAfter' IS NOT NULL
                 ORDER BY sequence_number DESC LIMIT 1""", Long.class, cardId);
        Object payload = event.apply(balances.isEmpty() ? 0 : balances.get(0));
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(() -> eventStore.publish(
                new GenericDomainEventMessage<>("RewardCard", cardId, next, payload, Map.of("actor", "verifier"))));
    }
}
