package org.pointsbank.ops;

/** Something the operator must read: printed as {@code error: <message>}, exit code 1, no stack trace. */
class OpsFailure extends RuntimeException {

    OpsFailure(String message) {
        super(message);
    }

    OpsFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
