package org.pointsbank.ops;

/** Something the operator must read: printed as {@code error: <message>}, exit code 1, no stack trace. */
public class OpsFailure extends RuntimeException {

    public OpsFailure(String message) {
        super(message);
    }

    public OpsFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
