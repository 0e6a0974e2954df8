package org.pointsbank.api.card;

import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
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
@RestController
@RequestMapping("/api/v1/cards/{cardId}/holder")
public class HolderController {

    private static final Logger log = LoggerFactory.getLogger(HolderController.class);

    private final CardHolderStore holders;

    public HolderController(CardHolderStore holders) {
        this.holders = holders;
    }

    @GetMapping
    @PreAuthorize("@access.mayReadHolder(authentication, #cardId)")
    public HolderResponse get(@PathVariable String cardId) {
        return holders.find(cardId).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "HOLDER_NOT_FOUND",
                "no personal data is kept for card " + cardId));
    }

    /** Idempotent: erasing data that is already gone answers 204 too. */
    @DeleteMapping
    @PreAuthorize("@access.isAdmin(authentication)")
    public ResponseEntity<Void> erase(@PathVariable String cardId) {
        if (holders.erase(cardId)) {
            log.info("Erased the holder data of card {} by {}", cardId, LedgerCommands.currentUser());
        }
        return ResponseEntity.noContent().build();
    }
}
