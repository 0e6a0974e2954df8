package org.pointsbank.api.http;

/**
 * The database went away while a ledger-changing request ran, and whether its writes were committed is
 * {@link Outcome#UNKNOWN} (the connection was lost while {@code COMMIT} ran) or known not to be
 * ({@link Outcome#NOT_RECORDED}: lost before the commit was attempted, so the server rolled it back).
 */
public class DatabaseLost extends RuntimeException {

    /**
     * Request attribute set while a request's answer is recorded under its Idempotency-Key: only then is sending it
     * again with the same key known to be safe. Other requests may carry a key that nothing stores.
     */
    public static final String RECORDED_UNDER_KEY = DatabaseLost.class.getName() + ".recordedUnderKey";

    /** What the client may conclude about the request; answered as the problem's {@code outcome}. */
    public enum Outcome {
        NOT_RECORDED,
        UNKNOWN
    }

    private final Outcome outcome;

    public DatabaseLost(Outcome outcome, Throwable cause) {
        super("database lost (" + outcome + "): " + cause.getMessage(), cause);
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }
}
