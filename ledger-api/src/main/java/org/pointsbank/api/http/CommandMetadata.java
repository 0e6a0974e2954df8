package org.pointsbank.api.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;

/**
 * The metadata every command carries and Axon copies onto the events it causes: who asked,
 * within which request, under which idempotency key. Never personal data.
 */
public final class CommandMetadata {

    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    public static final List<String> KEYS = List.of(ACTOR, CORRELATION_ID, IDEMPOTENCY_KEY);

    private CommandMetadata() {}

    public static MetaData of(String actor, String correlationId, String idempotencyKey) {
        Map<String, String> values = new HashMap<>();
        values.put(ACTOR, actor);
        values.put(CORRELATION_ID, correlationId);
        if (idempotencyKey != null) {
            values.put(IDEMPOTENCY_KEY, idempotencyKey);
        }
        return MetaData.from(values);
    }
}
