package org.pointsbank.ops;

/** A non-2xx answer, read from its RFC 9457 problem document: {@code 401 UNAUTHENTICATED: sign in first}. */
final class ApiError extends OpsFailure {

    private final int status;
    private final String code;

    ApiError(int status, String code, String detail) {
        super(status + " " + code + ": " + detail);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
