package org.pointsbank.api.card;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.pointsbank.core.card.api.CloseCard;
import org.pointsbank.projections.balance.CardBalanceRepository;
import org.pointsbank.projections.period.PeriodRepository;
import org.pointsbank.projections.statement.StatementRepository;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reward cards: issue one, read one, read its balance at any instant. */
@Tag(name = FeatureTags.CARD)
@RestController
@RequestMapping("/api/v1/cards")
public class CardController {

    private final LedgerCommands commands;
    private final IdempotentRequests idempotency;
    private final CardIssuance issuance;
    private final CardBalanceRepository balances;
    private final StatementRepository statements;
    private final Clock clock;
    private final PeriodRepository periods;

    public CardController(
            LedgerCommands commands,
            IdempotentRequests idempotency,
            CardIssuance issuance,
            CardBalanceRepository balances,
            StatementRepository statements,
            Clock clock,
            PeriodRepository periods) {
        this.commands = commands;
        this.idempotency = idempotency;
        this.issuance = issuance;
        this.balances = balances;
        this.statements = statements;
        this.clock = clock;
        this.periods = periods;
    }

    @Operation(
            operationId = "issueCard",
            summary = "Issue a card",
            description =
                    "Issues an active card at a station: admins anywhere, staff at their own stations. The holder's"
                            + " name and phone, if given, are kept outside the event log so that they can be erased.")
    @ApiResponse(
            responseCode = "201",
            description = "the card, active",
            content = @Content(schema = @Schema(implementation = CardIssuedResponse.class)))
    @ProblemCodes(ProblemCode.STATION_NOT_FOUND)
    @PostMapping
    @PreAuthorize("@access.mayIssueCardAt(authentication, #request.stationId())")
    public ResponseEntity<String> issue(@Valid @RequestBody IssueCardRequest request) {
        return idempotency.execute(request, () -> {
            String cardId = issuance.issue(request.stationId(), request.holder());
            return LedgerResponse.created(new CardIssuedResponse(cardId, request.stationId(), "ACTIVE"));
        });
    }

    /** A closed card refuses credits (409 CARD_NOT_ACTIVE). */
    @Operation(
            operationId = "closeCard",
            summary = "Close a card",
            description = "A closed card earns no more points; its history and balance stay, and it may still be read,"
                    + " reversed and redeemed from. Admins, and staff of the card's station.")
    @ApiResponse(
            responseCode = "200",
            description = "the card, closed",
            content = @Content(schema = @Schema(implementation = CardClosedResponse.class)))
    @ProblemCodes({ProblemCode.CARD_NOT_FOUND, ProblemCode.CARD_NOT_ACTIVE, ProblemCode.CONCURRENT_MODIFICATION})
    @PostMapping("/{cardId}/closure")
    @PreAuthorize("@access.mayCloseCard(authentication, #cardId)")
    public ResponseEntity<String> close(@PathVariable String cardId, @Valid @RequestBody CloseCardRequest request) {
        return idempotency.execute(request, () -> {
            commands.toCard(cardId, new CloseCard(cardId, request.reason()));
            return LedgerResponse.ok(new CardClosedResponse(cardId, "CLOSED"));
        });
    }

    @Operation(
            operationId = "getCard",
            summary = "Read a card",
            description = "The card's status, balance, available points (the balance less what open redemptions hold)"
                    + " and commendations. Admins, auditors, staff of its station and its volunteer; to anyone else"
                    + " it answers as a card that does not exist.")
    @ApiResponse(responseCode = "200", description = "the card")
    @ProblemCodes(ProblemCode.CARD_NOT_FOUND)
    @GetMapping("/{cardId}")
    @PreAuthorize("@access.mayReadCard(authentication, #cardId)")
    public CardResponse get(@PathVariable String cardId) {
        return balances.find(cardId)
                .map(card -> CardResponse.of(card, periods.commendationsOf(cardId)))
                .orElseThrow(() -> ApiException.cardNotFound(cardId));
    }

    @Operation(
            operationId = "getBalance",
            summary = "Read a card's balance at an instant",
            description = "The balance as of `asOf` (now by default): the sum of the entries recorded up to that"
                    + " instant. Who may read the card.")
    @ApiResponse(responseCode = "200", description = "the balance")
    @ProblemCodes(ProblemCode.CARD_NOT_FOUND)
    @GetMapping("/{cardId}/balance")
    @PreAuthorize("@access.mayReadCard(authentication, #cardId)")
    public BalanceResponse balance(
            @PathVariable String cardId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        balances.find(cardId).orElseThrow(() -> ApiException.cardNotFound(cardId));
        Instant instant = asOf != null ? asOf : clock.instant();
        return new BalanceResponse(cardId, instant, statements.balanceAsOf(cardId, instant));
    }
}
