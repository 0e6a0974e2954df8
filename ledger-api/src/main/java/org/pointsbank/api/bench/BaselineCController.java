package org.pointsbank.api.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.modelling.command.ConcurrencyException;
import org.pointsbank.api.credit.CreditVolunteerHoursRequest;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Benchmark baseline (c): a volunteer-hours credit's durable work without Axon and without the read side, behind
 * the API's own security chain. Its path lies under {@code /api/}, so it is authenticated, rate-limited, bounded
 * in body size and authorised ({@code mayCreditAt}) exactly as {@code POST /api/v1/cards/{cardId}/volunteer-hours};
 * it takes the same body and requires the same {@code Idempotency-Key}. The work itself is
 * {@link BaselineCCredits}, one transaction. Credits to one card wait for each other in this instance, as the
 * service's commands wait for the card aggregate's lock (held until the transaction has ended), so a hot card
 * queues rather than conflicts; two instances that collide on a card are run again, as the service's conflict
 * retries do, at most {@value #RETRIES} times; then 409 {@code CONCURRENT_MODIFICATION}.
 * Exists only with the {@code benchmark} profile; never in production.
 */
@Profile("benchmark")
@RestController
public class BaselineCController {

    static final String PATH = "/api/v1/bench/baseline-c/cards/{cardId}/volunteer-hours";
    static final int RETRIES = 3;

    /** Per-card locks, striped: two cards share one in a few thousand, the service's aggregate lock never. */
    private static final int STRIPES = 4096;

    private final Lock[] cardLocks = new Lock[STRIPES];

    private final BaselineCCredits credits;
    private final ObjectMapper objectMapper;
    private final HttpServletRequest httpRequest;

    public BaselineCController(BaselineCCredits credits, ObjectMapper objectMapper, HttpServletRequest httpRequest) {
        this.credits = credits;
        this.objectMapper = objectMapper;
        this.httpRequest = httpRequest;
        for (int i = 0; i < STRIPES; i++) {
            cardLocks[i] = new ReentrantLock();
        }
    }

    @PostMapping(PATH)
    @PreAuthorize("@access.mayCreditAt(authentication, #request.stationId())")
    public ResponseEntity<String> credit(
            @PathVariable String cardId,
            @RequestHeader(name = LedgerCommands.IDEMPOTENCY_KEY_HEADER, required = false) String key,
            @Valid @RequestBody CreditVolunteerHoursRequest request) {
        IdempotentRequests.requireValid(key);
        String user = LedgerCommands.currentUser();
        String requestHash = hash(httpRequest.getMethod(), httpRequest.getRequestURI(), request);
        Lock card = cardLocks[Math.floorMod(cardId.hashCode(), STRIPES)];
        card.lock();
        try {
            for (int retry = 0; ; retry++) {
                try {
                    return credits.credit(user, key, requestHash, cardId, request);
                } catch (DuplicateKeyException lostRace) {
                    if (retry == RETRIES) {
                        throw new ConcurrencyException("lost a race for card " + cardId + " " + RETRIES + " times");
                    }
                }
            }
        } finally {
            card.unlock();
        }
    }

    /** The request's fingerprint, as the service's idempotency takes it: method, path, the bound body as JSON. */
    private String hash(String method, String path, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + '\n' + path + '\n').getBytes(StandardCharsets.UTF_8));
            digest.update(objectMapper.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
