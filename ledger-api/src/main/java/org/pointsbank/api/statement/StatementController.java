package org.pointsbank.api.statement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.pointsbank.projections.balance.CardBalanceRepository;
import org.pointsbank.projections.statement.StatementLine;
import org.pointsbank.projections.statement.StatementRepository;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A card's statement, oldest first, each line with its running balance: JSON pages with an
 * opaque cursor, or the whole range as CSV for {@code Accept: text/csv}.
 * {@code from} is inclusive and {@code to} exclusive, both on the recording instant.
 */
@Tag(name = FeatureTags.STATEMENT)
@RestController
@RequestMapping("/api/v1/cards/{cardId}/entries")
public class StatementController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final CardBalanceRepository balances;
    private final StatementRepository statements;

    public StatementController(CardBalanceRepository balances, StatementRepository statements) {
        this.balances = balances;
        this.statements = statements;
    }

    @Operation(
            operationId = "getStatement",
            summary = "Read a card's statement",
            description = "The card's entries oldest first, each with the running balance after it, recorded in"
                    + " [`from`, `to`). As JSON, a page of at most `limit` lines and the `nextCursor` of the next page"
                    + " (absent on the last); with `Accept: text/csv`, every line of the range, streamed. Who may read"
                    + " the card.")
    @ApiResponse(
            responseCode = "200",
            description = "a page of the statement, or all of it as CSV",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = StatementResponse.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
            })
    @ProblemCodes(ProblemCode.CARD_NOT_FOUND)
    @GetMapping(produces = "application/json")
    @PreAuthorize("@access.mayReadCard(authentication, #cardId)")
    public StatementResponse page(
            @PathVariable String cardId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        requireCard(cardId);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "limit must be between 1 and " + MAX_LIMIT, "limit");
        }
        List<StatementLine> lines = statements.page(cardId, orMin(from), orMax(to), decode(cursor), limit + 1);
        String next = null;
        if (lines.size() > limit) {
            lines = lines.subList(0, limit);
            next = encode(lines.get(limit - 1).sequence());
        }
        return new StatementResponse(
                cardId, lines.stream().map(StatementLineResponse::of).toList(), next);
    }

    /** Streamed a page at a time ({@link StatementCsv#stream}): the card is checked before the first byte. */
    @Operation(hidden = true) // the same operation as page(), answered as CSV
    @GetMapping(produces = "text/csv")
    @PreAuthorize("@access.mayReadCard(authentication, #cardId)")
    public void csv(
            @PathVariable String cardId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            HttpServletResponse response)
            throws IOException {
        requireCard(cardId);
        StatementCsv.stream(response, statements, cardId, orMin(from), orMax(to));
    }

    private void requireCard(String cardId) {
        balances.find(cardId).orElseThrow(() -> ApiException.cardNotFound(cardId));
    }

    private static Instant orMin(Instant from) {
        return from != null ? from : Instant.EPOCH;
    }

    private static Instant orMax(Instant to) {
        return to != null ? to : Instant.parse("9999-12-31T23:59:59Z");
    }

    static String encode(long sequence) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("s" + sequence).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return -1;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith("s")) {
                return Long.parseLong(raw.substring(1));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw new ApiException(
                HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "cursor is not one this API gave out", "cursor");
    }
}
