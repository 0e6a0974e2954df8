package org.pointsbank.api.deadletter;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * An event parked by a read model: its processor, the letter's {@code id}, the {@code sequence} it is parked
 * in (the card, for card events) and its place there ({@code index}), the event's global {@code position} in
 * the log and type, why it failed, when it first did and how often it was tried ({@code attempts} 0: it was
 * parked behind an earlier event of its sequence and has not been tried yet).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetterResponse(
        String processor,
        String id,
        String sequence,
        long index,
        Long position,
        String eventType,
        String cause,
        Instant firstFailedAt,
        Instant lastTouchedAt,
        long attempts) {}
