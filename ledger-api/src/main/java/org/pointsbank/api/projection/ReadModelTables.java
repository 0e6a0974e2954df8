package org.pointsbank.api.projection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pointsbank.api.activity.ActivityCloseProcess;
import org.pointsbank.api.redemption.RedemptionProcess;

/**
 * The one place that says which tables each read model owns (a rebuild builds a copy of exactly these and swaps
 * them in), parents before the tables that refer to them, and why the processors that are no read model are not
 * rebuilt.
 */
final class ReadModelTables {

    private static final Map<String, List<String>> OWNED = Map.ofEntries(
            Map.entry("station", List.of("station")),
            Map.entry("card_directory", List.of("card_directory", "entry_directory")),
            Map.entry("period", List.of("period", "period_objection", "commendation")),
            Map.entry("gift", List.of("gift")),
            Map.entry("redemption", List.of("redemption")),
            Map.entry("activity_directory", List.of("activity_directory")),
            Map.entry("audit_entry", List.of("audit_entry")),
            Map.entry("card_balance", List.of("card_balance")),
            Map.entry("statement_entry", List.of("statement_entry")),
            Map.entry("ranking", List.of("ranking_total", "ranking_published")),
            Map.entry("activity", List.of("activity", "activity_roster")),
            Map.entry("reading_session", List.of("reading_session")),
            Map.entry("grid_cell", List.of("grid_cell")),
            Map.entry("report_category", List.of("report_category")),
            Map.entry(
                    "problem_report",
                    List.of("problem_report", "report_reward", "report_timeline", "report_photo_ref")),
            Map.entry("certificate", List.of("certificate", "certificate_entry", "certificate_reversal")));

    private static final Map<String, String> NOT_REBUILDABLE = Map.of(
            RedemptionProcess.NAME,
            "the redemption process, not a read model: it has nothing to rebuild",
            ActivityCloseProcess.NAME,
            "the activity close process, not a read model: it has nothing to rebuild",
            "event_hash_chain",
            "the event log's hash chain is tamper evidence, not a read model: rebuilding it would hide tampering",
            "event_seal",
            "the events' seals are tamper evidence, not a read model: rebuilding them would hide tampering");

    private ReadModelTables() {}

    /** The tables {@code readModel} owns, parents first; empty for a processor that is no read model. */
    static List<String> of(String readModel) {
        return OWNED.getOrDefault(readModel, List.of());
    }

    /** Why {@code processor} cannot be rebuilt, if it cannot. */
    static Optional<String> notRebuildableBecause(String processor) {
        if (NOT_REBUILDABLE.containsKey(processor)) {
            return Optional.of(NOT_REBUILDABLE.get(processor));
        }
        return OWNED.containsKey(processor)
                ? Optional.empty()
                : Optional.of("no tables are declared for it (ReadModelTables)");
    }
}
