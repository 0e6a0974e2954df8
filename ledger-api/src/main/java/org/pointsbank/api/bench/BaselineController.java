package org.pointsbank.api.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Benchmark baseline (b): the database work of a credit and of a card read behind the
 * plainest Spring MVC controller, with no Axon, no idempotency, no security. Its figures are
 * the practical limit of this machine that the real endpoints are measured against.
 * Exists only with the {@code benchmark} profile; never in production.
 */
@Profile("benchmark")
@RestController
public class BaselineController {

    private final JdbcTemplate jdbc;

    public BaselineController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Read the card's recent events, append one, in one transaction: what a credit costs the database. */
    @PostMapping("/bench/baseline/credits/{cardId}")
    @Transactional
    public ResponseEntity<Map<String, Object>> credit(
            @PathVariable String cardId, @RequestBody Map<String, Object> body) {
        List<Long> recent = jdbc.queryForList(
                "SELECT sequence_number FROM bench_event WHERE aggregate_identifier = ?"
                        + " ORDER BY sequence_number DESC LIMIT 100",
                Long.class,
                cardId);
        long sequence = recent.isEmpty() ? 0 : recent.get(0) + 1;
        String payload = "{\"cardId\":\"" + cardId + "\",\"entryId\":\"" + UUID.randomUUID() + "\",\"stationId\":\""
                + body.get("stationId") + "\",\"activity\":\"" + body.get("activity") + "\",\"minutes\":"
                + body.get("minutes") + ",\"occurredOn\":\"" + body.get("occurredOn")
                + "\",\"points\":1,\"balanceAfter\":" + sequence + ",\"policyVersion\":\"v1\",\"recordedAt\":\""
                + Instant.now() + "\"}";
        jdbc.update(
                "INSERT INTO bench_event (aggregate_identifier, sequence_number, event_identifier, payload_type,"
                        + " payload, meta_data, time_stamp) VALUES (?, ?, ?, 'bench', ?, ?, ?)",
                cardId,
                sequence,
                UUID.randomUUID().toString(),
                payload.getBytes(StandardCharsets.UTF_8),
                "{\"actor\":\"bench\"}".getBytes(StandardCharsets.UTF_8),
                Instant.now().toString());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("cardId", cardId, "sequence", sequence));
    }

    /**
     * Two appends to one card that collide answer 409 without a logged stack trace: the ledger answers its own
     * conflicts cheaply too, and logging 150 lines per collision made the baseline slower than it is.
     */
    @ExceptionHandler(DuplicateKeyException.class)
    public ResponseEntity<Map<String, Object>> collided() {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("code", "CONCURRENT_MODIFICATION"));
    }

    /** One primary-key read of the balance read model: what {@code GET /cards/{id}} costs the database. */
    @GetMapping("/bench/baseline/cards/{cardId}")
    public ResponseEntity<Map<String, Object>> card(@PathVariable String cardId) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM card_balance WHERE card_id = ?", cardId);
        return rows.isEmpty() ? ResponseEntity.notFound().build() : ResponseEntity.ok(rows.get(0));
    }
}
