package org.pointsbank.api.projection;

import java.util.List;
import java.util.Map;
import org.pointsbank.projections.balance.CardBalanceProjection;
import org.pointsbank.projections.ranking.RankingProjection;
import org.pointsbank.projections.statement.StatementProjection;

/**
 * The processors that feed several read models in one pass, and which. Every other read model has a processor of
 * its own, named after it. A read model keeps its own name (its processing group) for its status, its rebuild and
 * its dead-letter queue; only its position is its processor's.
 */
public final class SharedProcessors {

    /**
     * The card's read models keyed by card and fed by the card's events: one read of the log, one deserialisation
     * of each event, one transaction a batch for the three.
     */
    public static final String CARD_READ_MODELS = CardBalanceProjection.PROCESSOR;

    private static final Map<String, List<String>> MEMBERS = Map.of(
            CARD_READ_MODELS, List.of(CardBalanceProjection.NAME, StatementProjection.NAME, RankingProjection.NAME));

    private SharedProcessors() {}

    /** The processor that feeds {@code readModel}. */
    public static String processorOf(String readModel) {
        return MEMBERS.entrySet().stream()
                .filter(e -> e.getValue().contains(readModel))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(readModel);
    }

    /** The read models {@code processor} feeds: itself unless it is a shared one. */
    public static List<String> readModelsOf(String processor) {
        return MEMBERS.getOrDefault(processor, List.of(processor));
    }

    public static boolean isShared(String processor) {
        return MEMBERS.containsKey(processor);
    }

    /** Every read model fed by a shared processor. */
    public static List<String> members() {
        return MEMBERS.values().stream().flatMap(List::stream).toList();
    }
}
