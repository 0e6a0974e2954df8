package org.pointsbank.api.deadletter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Events the read models parked (ADR 7), for admins: list them, retry a processor's. */
@Tag(name = FeatureTags.DEAD_LETTER)
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
public class DeadLetterController {

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @PreAuthorize("@access.isAdmin(authentication)")
    @Operation(
            operationId = "listDeadLetters",
            summary = "List the events the read models parked",
            description = "Events a read model or process could not handle, oldest first per processor, each with its"
                    + " `id`, `sequence` (the card), `index` and `lastTouchedAt`. Admins.")
    @ApiResponse(responseCode = "200", description = "every parked event; [] when none")
    public List<DeadLetterResponse> list() {
        return deadLetters.all();
    }

    /**
     * Retries the processor's parked events; those that still fail stay parked. No body: the Idempotency-Key
     * header is required all the same, so that a page cannot make a signed-in browser send it (CSRF); a retry
     * is safe to repeat, so it is not stored.
     */
    @PostMapping("/{processor}/retry")
    @PreAuthorize("@access.isAdmin(authentication)")
    @Operation(
            operationId = "retryDeadLetters",
            summary = "Retry a processor's parked events",
            description = "Those that still fail stay parked. Admins.",
            parameters =
                    @Parameter(
                            name = LedgerCommands.IDEMPOTENCY_KEY_HEADER,
                            in = ParameterIn.HEADER,
                            required = true,
                            description = "1 to 255 visible ASCII characters; a retry is safe to repeat, so it is not"
                                    + " recorded",
                            schema = @Schema(minLength = 1, maxLength = 255)))
    @ApiResponse(responseCode = "200", description = "how many were retried and how many are still parked")
    @ProblemCodes(ProblemCode.DEAD_LETTER_PROCESSOR_NOT_FOUND)
    public DeadLetterRetry retry(
            @PathVariable String processor,
            @RequestHeader(name = LedgerCommands.IDEMPOTENCY_KEY_HEADER, required = false) String key) {
        IdempotentRequests.requireValid(key); // as IdempotencyKeyCheck does before any body-less change
        return deadLetters.retry(processor);
    }
}
