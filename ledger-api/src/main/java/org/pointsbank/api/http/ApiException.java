package org.pointsbank.api.http;

import org.springframework.http.HttpStatus;

/**
 * A refusal decided in the web layer (not by an aggregate): unknown resources, idempotency
 * misuse. Like a core rule violation it carries a stable code and optionally the field at fault.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String field;

    public ApiException(HttpStatus status, String code, String message) {
        this(status, code, message, null);
    }

    public ApiException(HttpStatus status, String code, String message, String field) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public static ApiException giftNotFound(String giftId) {
        return new ApiException(HttpStatus.NOT_FOUND, "GIFT_NOT_FOUND", "no gift " + giftId, "giftId");
    }

    public static ApiException redemptionNotFound(String redemptionId) {
        return new ApiException(HttpStatus.NOT_FOUND, "REDEMPTION_NOT_FOUND", "no redemption " + redemptionId);
    }

    public static ApiException activityNotFound(String activityId) {
        return new ApiException(HttpStatus.NOT_FOUND, "ACTIVITY_NOT_FOUND", "no activity " + activityId);
    }

    public static ApiException cardNotFound(String cardId) {
        return new ApiException(HttpStatus.NOT_FOUND, "CARD_NOT_FOUND", "no card " + cardId);
    }

    public static ApiException stationNotFound(String stationId, String field) {
        return new ApiException(HttpStatus.NOT_FOUND, "STATION_NOT_FOUND", "no station " + stationId, field);
    }
}
