package org.pointsbank.api.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pointsbank.api.credit.CreditVolunteerHoursRequest;
import org.pointsbank.api.credit.EntryResponse;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.IdempotencyStore;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.StoredResponse;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.projections.audit.StoredEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Baseline (c)'s credit, in one transaction: the idempotency key claimed ({@link IdempotencyStore}, the service's
 * own statements), the card's state read (its latest event: sequence and {@code balanceAfter}), the event row
 * appended to {@code bench_event}, its seal appended to {@code bench_event_seal} ({@link BenchSeal}), the answer
 * stored under the key. The card's stream continues in {@code bench_event} from its last event in the real log,
 * which is read only for a card's first baseline credit (and proves the card exists); baseline (b) appends to the
 * same table, so a card's balance there is a benchmark figure, not the card's. Nothing is written to the real log.
 */
@Profile("benchmark")
@Service
public class BaselineCCredits {

    static final String POLICY_VERSION = "v1";
    private static final String LATEST_BENCH =
            "SELECT sequence_number, payload FROM bench_event WHERE aggregate_identifier = ?"
                    + " ORDER BY sequence_number DESC LIMIT 1";
    private static final String LATEST_REAL =
            "SELECT sequence_number, payload FROM domain_event_entry WHERE aggregate_identifier = ?"
                    + " ORDER BY sequence_number DESC LIMIT 1";
    private static final String APPEND = "INSERT INTO bench_event (aggregate_identifier, sequence_number,"
            + " event_identifier, payload_type, payload, meta_data, time_stamp) VALUES (?, ?, ?, ?, ?, ?, ?)"
            + " RETURNING global_index";

    private final IdempotencyStore idempotency;
    private final BenchSeal seal;
    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public BaselineCCredits(
            IdempotencyStore idempotency, BenchSeal seal, JdbcTemplate jdbc, ObjectMapper objectMapper, Clock clock) {
        this.idempotency = idempotency;
        this.seal = seal;
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /** The credit, or the answer stored under the key by the request that first used it. */
    @Transactional
    public ResponseEntity<String> credit(
            String user, String key, String requestHash, String cardId, CreditVolunteerHoursRequest request) {
        Optional<StoredResponse> earlier = idempotency.claim(user, key, requestHash);
        if (earlier.isPresent()) {
            return replay(earlier.get(), requestHash);
        }
        Latest latest = latest(cardId);
        long sequence = latest.sequence() + 1;
        long points = request.minutes() * 10L / 60;
        long balance = latest.balance() + points;
        String entryId = UUID.randomUUID().toString();
        Instant recordedAt = clock.instant();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("cardId", cardId);
        payload.put("entryId", entryId);
        payload.put("stationId", request.stationId());
        payload.put("activity", request.activity());
        payload.put("minutes", request.minutes());
        payload.put("occurredOn", request.occurredOn().toString());
        payload.put("points", points);
        payload.put("balanceAfter", balance);
        payload.put("policyVersion", POLICY_VERSION);
        payload.put("recordedAt", recordedAt.toString());
        StoredEvent event = append(cardId, sequence, json(payload), json(Map.of("user", user, "idempotencyKey", key)));
        seal.seal(event);
        EntryResponse answer = new EntryResponse(
                entryId,
                cardId,
                EntryType.VOLUNTEER_HOURS.name(),
                points,
                balance,
                request.occurredOn(),
                recordedAt,
                POLICY_VERSION,
                null);
        String body = new String(json(answer), StandardCharsets.UTF_8);
        idempotency.complete(user, key, HttpStatus.CREATED.value(), body);
        return json(HttpStatus.CREATED.value()).body(body);
    }

    private record Latest(long sequence, long balance) {}

    /** The card's latest event in the bench stream, else in the real log; 404 for a card that has neither. */
    private Latest latest(String cardId) {
        List<Latest> bench = jdbc.query(LATEST_BENCH, (rs, n) -> latestOf(rs.getLong(1), rs.getBytes(2)), cardId);
        if (!bench.isEmpty()) {
            return bench.get(0);
        }
        return jdbc.query(LATEST_REAL, (rs, n) -> latestOf(rs.getLong(1), rs.getBytes(2)), cardId).stream()
                .findFirst()
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "CARD_NOT_FOUND", "no card " + cardId));
    }

    private Latest latestOf(long sequence, byte[] payload) {
        try {
            return new Latest(
                    sequence,
                    objectMapper.readTree(payload).path("balanceAfter").asLong(0));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable event payload", e);
        }
    }

    private StoredEvent append(String cardId, long sequence, byte[] payload, byte[] metaData) {
        String eventId = UUID.randomUUID().toString();
        String payloadType = "VolunteerHoursCredited";
        String timeStamp = clock.instant().toString();
        Long globalIndex = jdbc.queryForObject(
                APPEND, Long.class, cardId, sequence, eventId, payloadType, payload, metaData, timeStamp);
        return new StoredEvent(
                globalIndex, eventId, cardId, sequence, null, payloadType, null, payload, metaData, timeStamp);
    }

    private ResponseEntity<String> replay(StoredResponse earlier, String requestHash) {
        if (!earlier.requestHash().equals(requestHash)) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "IDEMPOTENCY_KEY_REUSED",
                    "this Idempotency-Key was already used for a different request",
                    LedgerCommands.IDEMPOTENCY_KEY_HEADER);
        }
        return json(earlier.status())
                .header(IdempotentRequests.REPLAYED_HEADER, "true")
                .body(earlier.body());
    }

    private byte[] json(Object value) {
        try {
            return objectMapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static ResponseEntity.BodyBuilder json(int status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
    }
}
