package org.pointsbank.api.pages.desk;

import java.io.Serializable;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.springframework.http.ResponseEntity;

/**
 * What a desk action tells the page its redirect shows (a flash attribute): which action was recorded, its points
 * and the card's balance after it, and whether this submission was a replay of one already recorded (the same form
 * sent twice), which recorded nothing new.
 */
record DeskResult(String messageKey, long points, long balance, boolean replayed) implements Serializable {

    static final String FLASH = "result";

    static boolean replayed(ResponseEntity<String> response) {
        return "true".equals(response.getHeaders().getFirst(IdempotentRequests.REPLAYED_HEADER));
    }
}
