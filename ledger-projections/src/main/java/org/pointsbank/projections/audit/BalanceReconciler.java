package org.pointsbank.projections.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.pointsbank.core.card.api.CommendationBonusCredited;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.GiftRedeemed;
import org.pointsbank.core.card.api.PointsReleased;
import org.pointsbank.core.card.api.PointsReserved;
import org.pointsbank.core.card.api.ProblemReportCredited;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.projections.balance.CardBalanceProjection;
import org.pointsbank.projections.support.LongStatements;
import org.pointsbank.projections.support.Snapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every card's balance and held points straight from the stored event payloads, in
 * SQL, independently of the Java projection, and lists every card where {@code card_balance}
 * disagrees. Both sides are read in one snapshot, up to the balance projection's committed
 * token (its position and its gaps), so a projection that is merely behind is not a difference.
 */
@Component
public class BalanceReconciler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final LongStatements longStatements;

    public BalanceReconciler(
            JdbcTemplate jdbc, PlatformTransactionManager transactions, LongStatements longStatements) {
        this.jdbc = jdbc;
        this.snapshot = Snapshot.readOnly(transactions);
        this.longStatements = longStatements;
    }

    public Reconciliation reconcile() {
        return snapshot.execute(status -> {
            longStatements.allowInThisTransaction(); // one statement over the whole log
            Token token = token();
            Long[] gaps = token.gaps().toArray(Long[]::new);
            List<CardDifference> differences = new ArrayList<>();
            long[] cards = {0};
            jdbc.query(
                    """
                    WITH log AS (
                        SELECT aggregate_identifier AS card_id,
                               sum(CASE WHEN payload_type = ANY (?) THEN points ELSE 0 END)::bigint AS balance,
                               sum(CASE WHEN payload_type IN (?, ?) THEN points
                                        WHEN payload_type = ? THEN -points ELSE 0 END)::bigint AS reserved
                          FROM (SELECT aggregate_identifier, payload_type,
                                       (payload_json(payload) ->> 'points')::bigint AS points
                                  FROM domain_event_entry
                                 WHERE type = 'RewardCard' AND global_index <= ? AND NOT (global_index = ANY (?))
                               ) card_events
                         GROUP BY aggregate_identifier)
                    SELECT coalesce(l.card_id, b.card_id) AS card_id, l.balance AS log_balance,
                           b.balance AS model_balance, l.reserved AS log_reserved, b.reserved AS model_reserved
                      FROM log l FULL OUTER JOIN card_balance b ON b.card_id = l.card_id""",
                    ps -> {
                        // points of a redemption are negative: it lowers the balance and ends its hold
                        ps.setArray(1, ps.getConnection().createArrayOf("varchar", new String[] {
                            VolunteerHoursCredited.class.getName(), StudySessionCredited.class.getName(),
                            EntryReversed.class.getName(), CommendationBonusCredited.class.getName(),
                            GiftRedeemed.class.getName(), ProblemReportCredited.class.getName()
                        }));
                        ps.setString(2, PointsReserved.class.getName());
                        ps.setString(3, GiftRedeemed.class.getName());
                        ps.setString(4, PointsReleased.class.getName());
                        ps.setLong(5, token.index());
                        ps.setArray(6, ps.getConnection().createArrayOf("bigint", gaps));
                    },
                    rs -> {
                        cards[0]++;
                        Long log = (Long) rs.getObject("log_balance");
                        Long model = (Long) rs.getObject("model_balance");
                        Long logReserved = (Long) rs.getObject("log_reserved");
                        Long modelReserved = (Long) rs.getObject("model_reserved");
                        if (log == null || !log.equals(model) || !logReserved.equals(modelReserved)) {
                            differences.add(new CardDifference(
                                    rs.getString("card_id"), log, model, logReserved, modelReserved));
                        }
                    });
            return new Reconciliation(differences.isEmpty(), cards[0], token.index(), differences);
        });
    }

    private record Token(long index, List<Long> gaps) {}

    /** The balance projection's committed position: a gap-aware token, possibly inside a replay token. */
    private Token token() {
        List<byte[]> stored = jdbc.queryForList(
                "SELECT token FROM token_entry WHERE processor_name = ? AND token IS NOT NULL",
                byte[].class,
                CardBalanceProjection.NAME);
        if (stored.isEmpty()) {
            return new Token(-1, List.of());
        }
        try {
            JsonNode node = JSON.readTree(stored.get(0));
            if (node.has("currentToken")) {
                node = node.get("currentToken");
            }
            if (node == null || node.isNull() || !node.has("index")) {
                return new Token(-1, List.of());
            }
            List<Long> gaps = new ArrayList<>();
            node.path("gaps").forEach(g -> gaps.add(g.asLong()));
            return new Token(node.get("index").asLong(), gaps);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable token of " + CardBalanceProjection.NAME, e);
        }
    }
}
