package org.pointsbank.api.credit;

import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.core.card.api.ReverseEntry;
import org.springframework.stereotype.Service;

/**
 * Reversing an entry with a reason: the one body of the API's reversal and the desk's reversal form, run by the
 * caller inside {@code IdempotentRequests}. Whether the entry may be reversed is the card aggregate's rule.
 */
@Service
public class Reversals {

    private final LedgerCommands commands;

    public Reversals(LedgerCommands commands) {
        this.commands = commands;
    }

    /** Records the reversal of {@code entryId}; answers 201 with the reversal and the balance after it. */
    public LedgerResponse reverse(String cardId, String entryId, ReversalRequest request) {
        return Credits.recorded(
                commands.toCard(cardId, new ReverseEntry(cardId, Credits.newEntryId(), entryId, request.reason())));
    }
}
