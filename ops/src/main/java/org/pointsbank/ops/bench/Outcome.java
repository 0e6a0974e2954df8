package org.pointsbank.ops.bench;

import java.io.IOException;
import java.util.Objects;

/**
 * How one operation ended: {@code OK}; {@code CAP}, refused by a daily cap (counted apart, not an error);
 * or {@code ERROR}, with a key such as {@code 500}, {@code 429 RATE_LIMITED} or {@code io ConnectException}.
 */
public record Outcome(Kind kind, String error) {

    public enum Kind {
        OK,
        CAP,
        ERROR
    }

    private static final Outcome OK = new Outcome(Kind.OK, null);
    private static final Outcome CAP = new Outcome(Kind.CAP, null);

    public Outcome {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.ERROR) != (error != null)) {
            throw new IllegalArgumentException("an error, and only an error, has a key");
        }
    }

    public static Outcome ok() {
        return OK;
    }

    public static Outcome cap() {
        return CAP;
    }

    public static Outcome error(String key) {
        return new Outcome(Kind.ERROR, key);
    }

    /** An exception as an error key: {@code io HttpTimeoutException}, {@code exception IllegalStateException}. */
    public static Outcome failed(Throwable e) {
        return error(
                (e instanceof IOException ? "io " : "exception ") + e.getClass().getSimpleName());
    }
}
