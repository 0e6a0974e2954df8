package org.pointsbank.api.card;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A card holder's personal data, kept outside the event log so that it can be erased. Erasure
 * leaves the ledger, the balances and the audit trail exactly as they were.
 */
@Tag(name = FeatureTags.CARD)
@RestController
@RequestMapping("/api/v1/cards/{cardId}/holder")
public class HolderController {

    private static final Logger log = LoggerFactory.getLogger(HolderController.class);

    private final CardHolderStore holders;

    public HolderController(CardHolderStore holders) {
        this.holders = holders;
    }

    @Operation(
            operationId = "getHolder",
            summary = "Read a card holder's personal data",
            description = "Name and phone, kept outside the event log. Who may read the card, except auditors (they"
                    + " audit points, not people).")
    @ApiResponse(responseCode = "200", description = "the holder's data")
    @ProblemCodes({ProblemCode.CARD_NOT_FOUND, ProblemCode.HOLDER_NOT_FOUND})
    @GetMapping
    @PreAuthorize("@access.mayReadHolder(authentication, #cardId)")
    public HolderResponse get(@PathVariable String cardId) {
        return holders.find(cardId)
                .orElseThrow(() -> new ApiException(
                        HttpStatus.NOT_FOUND, "HOLDER_NOT_FOUND", "no personal data is kept for card " + cardId));
    }

    /** Idempotent: erasing data that is already gone answers 204 too. */
    @Operation(
            operationId = "eraseHolder",
            summary = "Erase a card holder's personal data",
            description = "Admins. The ledger, the balances and the audit trail stay exactly as they were. Erasing data"
                    + " that is gone already answers 204 too.")
    @ApiResponse(responseCode = "204", description = "erased, or there was nothing to erase")
    @DeleteMapping
    @PreAuthorize("@access.isAdmin(authentication)")
    public ResponseEntity<Void> erase(@PathVariable String cardId) {
        if (holders.erase(cardId)) {
            log.info("Erased the holder data of card {} by {}", cardId, LedgerCommands.currentUser());
        }
        return ResponseEntity.noContent().build();
    }
}
