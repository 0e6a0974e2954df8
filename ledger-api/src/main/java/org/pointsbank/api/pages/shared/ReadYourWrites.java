package org.pointsbank.api.pages.shared;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.pointsbank.projections.balance.CardBalanceRepository;
import org.pointsbank.projections.redemption.RedemptionRepository;
import org.pointsbank.projections.statement.StatementRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * After a page action and before its redirect (Post/Redirect/Get): the read models are updated by tracking
 * processors a few milliseconds after the commit, so the page the redirect shows would sometimes miss what was just
 * recorded. These waits poll the read model for at most {@link #PATIENCE}; they never fail the action, which is
 * recorded either way: on a timeout the page shows what the read model has, and its next refresh shows the rest.
 */
@Component
public class ReadYourWrites {

    /** The longest a page action waits for its read model. */
    public static final Duration PATIENCE = Duration.ofSeconds(2);

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(15);

    private final StatementRepository statements;
    private final CardBalanceRepository balances;
    private final RedemptionRepository redemptions;
    private final JdbcTemplate jdbc;

    public ReadYourWrites(
            StatementRepository statements,
            CardBalanceRepository balances,
            RedemptionRepository redemptions,
            JdbcTemplate jdbc) {
        this.statements = statements;
        this.balances = balances;
        this.redemptions = redemptions;
        this.jdbc = jdbc;
    }

    /**
     * Waits until the card's statement shows the entry and its balance (another read model) has caught up with it;
     * answers whether both did in time.
     */
    public boolean awaitEntry(String cardId, String entryId) {
        long[] sequence = {-1};
        return await(() -> {
            if (sequence[0] < 0) {
                statements.find(cardId, entryId).ifPresent(line -> sequence[0] = line.sequence());
            }
            return sequence[0] >= 0 && balances.lastSequence(cardId).orElse(-1) >= sequence[0];
        });
    }

    /**
     * Waits until the card's balance read model has applied every event the log holds for the card (a hold placed or
     * ended changes what is available without a statement line); answers whether it did in time.
     */
    public boolean awaitBalanceCaughtUp(String cardId) {
        Long logged = jdbc.queryForObject(
                "SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class,
                cardId);
        return logged == null || await(() -> balances.lastSequence(cardId).orElse(-1) >= logged);
    }

    /** Waits until the balance read model knows the (newly issued) card. */
    public boolean awaitCard(String cardId) {
        return await(() -> balances.find(cardId).isPresent());
    }

    /** Waits until the redemption read model shows the redemption with {@code status}. */
    public boolean awaitRedemption(String redemptionId, String status) {
        return await(() -> redemptions
                .find(redemptionId)
                .filter(r -> status.equals(r.status()))
                .isPresent());
    }

    /** Polls {@code condition} until it holds or {@link #PATIENCE} has passed; answers whether it held. */
    public boolean await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() - deadline >= 0 || Thread.currentThread().isInterrupted()) {
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
