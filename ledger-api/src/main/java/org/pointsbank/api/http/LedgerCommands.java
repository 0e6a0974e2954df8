package org.pointsbank.api.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sends commands on behalf of the current request, with the metadata every event must carry
 * (actor, correlation id, idempotency key), and turns "no such card" into CARD_NOT_FOUND.
 */
@Component
public class LedgerCommands {

    /** The request header whose value every command carries as its {@link CommandMetadata#IDEMPOTENCY_KEY}. */
    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    /**
     * The request attribute a page's form sets to its form key ({@code IdempotentRequests.executeForm}): read before
     * the header, so a page's commands carry their form's key as the API's carry the header.
     */
    public static final String IDEMPOTENCY_KEY_ATTRIBUTE = LedgerCommands.class.getName() + ".idempotencyKey";

    private static final Pattern CARD_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final CommandGateway gateway;
    private final HttpServletRequest request;

    public LedgerCommands(CommandGateway gateway, HttpServletRequest request) {
        this.gateway = gateway;
        this.request = request;
    }

    /** Sends a command about an existing card and waits for its result. */
    public <R> R toCard(String cardId, Object command) {
        requireCardId(cardId);
        try {
            return send(command);
        } catch (AggregateNotFoundException e) {
            throw ApiException.cardNotFound(cardId);
        }
    }

    /** Sends a command and waits for its result. */
    public <R> R send(Object command) {
        return gateway.sendAndWait(new GenericCommandMessage<>(command)
                .andMetaData(CommandMetadata.of(currentUser(), CorrelationIdFilter.of(request), idempotencyKey())));
    }

    private String idempotencyKey() {
        return request.getAttribute(IDEMPOTENCY_KEY_ATTRIBUTE) instanceof String formKey
                ? formKey
                : request.getHeader(IDEMPOTENCY_KEY_HEADER);
    }

    /** Card ids are UUIDs: anything else names no card (and never another kind of aggregate). */
    public static void requireCardId(String cardId) {
        if (cardId == null || !CARD_ID.matcher(cardId).matches()) {
            throw ApiException.cardNotFound(cardId);
        }
    }

    public static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
