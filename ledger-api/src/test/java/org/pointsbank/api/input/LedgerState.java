package org.pointsbank.api.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pointsbank.api.http.CommandMetadata;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the fuzz compares across refused requests: the event log's size and a hash of every read model's table,
 * taken only once every tracking processor has read the whole log (so a projection still catching up cannot
 * look like a change, nor hide one).
 */
final class LedgerState {

    /** Bookkeeping, not ledger state: tokens, idempotency records, dead letters, snapshots, Flyway, sagas. */
    private static final List<String> NOT_READ_MODELS = List.of(
            "domain_event_entry",
            "snapshot_event_entry",
            "token_entry",
            "idempotency_record",
            "flyway_schema_history",
            "saga_entry",
            "association_value_entry");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final List<String> tables;

    LedgerState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tables = jdbc
                .queryForList(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                + "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
                        String.class)
                .stream()
                .filter(t -> !NOT_READ_MODELS.contains(t))
                .toList(); // dead letters too: a refused request parks nothing
    }

    List<String> tables() {
        return tables;
    }

    long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    /** The correlation id of each event appended after {@code position} (the request or process step behind it). */
    List<String> correlationsAfter(long position) {
        return jdbc
                .queryForList(
                        "SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry WHERE global_index > ?"
                                + " ORDER BY global_index",
                        String.class,
                        position)
                .stream()
                .map(metaData -> {
                    try {
                        return JSON.readTree(metaData)
                                .path(CommandMetadata.CORRELATION_ID)
                                .asText("");
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    /** table → md5 of its rows in a fixed order. */
    Map<String, String> hashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String table : tables) {
            hashes.put(
                    table,
                    jdbc.queryForObject(
                            "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM " + table + " t",
                            String.class));
        }
        return hashes;
    }

    /** Waits until every tracking processor has read up to the head and the head stays put (processes append). */
    void awaitQuiet() {
        awaitCaughtUp(null);
    }

    private void awaitCaughtUp(List<String> only) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            long head = head();
            if (allCaughtUp(head, only) && head() == head) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the tracking processors did not reach the head " + head + ": " + tokens());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private boolean allCaughtUp(long head, List<String> only) {
        for (Map<String, Object> row : tokens()) {
            if (only != null && !only.contains(row.get("processor_name"))) {
                continue;
            }
            byte[] stored = (byte[]) row.get("token");
            if (stored == null) {
                return false;
            }
            try {
                JsonNode token = JSON.readTree(stored);
                token = token.has("currentToken") ? token.get("currentToken") : token;
                if (token.path("index").asLong() < head) {
                    return false;
                }
                List<String> gaps = new ArrayList<>();
                token.path("gaps").forEach(gap -> gaps.add(gap.asText()));
                if (!gaps.isEmpty()
                        && jdbc.queryForObject(
                                        "SELECT count(*) FROM domain_event_entry WHERE global_index"
                                                + " = ANY (?::bigint[])",
                                        Integer.class,
                                        "{" + String.join(",", gaps) + "}")
                                > 0) {
                    return false;
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return true;
    }

    private List<Map<String, Object>> tokens() {
        return jdbc.queryForList("SELECT processor_name, segment, token FROM token_entry");
    }
}
