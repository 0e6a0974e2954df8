package org.pointsbank.api.openapi;

/**
 * The codes of the service's refusals as the API description lists them: each with its status and what it means
 * to a client. An operation names the codes particular to it with {@link ProblemCodes}; those every operation of a
 * kind can answer are added by {@link ProblemResponsesCustomizer}.
 */
public enum ProblemCode {
    VALIDATION_FAILED(400, "a field, parameter or header is missing or invalid; `errors` names it"),
    MALFORMED_REQUEST(400, "the body is not one valid JSON document"),
    IDEMPOTENCY_KEY_REQUIRED(400, "the Idempotency-Key header is missing"),
    INVALID_GIFT_TERMS(400, "a price, stock, restock quantity or monthly limit is out of range"),
    BONUS_OUT_OF_RANGE(400, "a commendation's bonus is not between 1 and the policy's maximum"),
    INVALID_PERIOD(400, "the period is not a month written YYYY-MM"),
    INVALID_CATEGORY(400, "the category is not volunteer, study, governance or all"),
    INVALID_LIMIT(400, "the limit is out of range"),
    UNAUTHENTICATED(401, "no valid credentials: sign in (the answer carries WWW-Authenticate)"),
    FORBIDDEN(403, "the signed-in user may not do this"),
    WRONG_STATION(403, "staff of another station than the one this concerns"),
    CARD_NOT_FOUND(404, "no card has this id"),
    PHOTO_NOT_FOUND(404, "the report has no photo of this id"),
    ENTRY_NOT_FOUND(404, "the card has no entry with this id"),
    STATION_NOT_FOUND(404, "no station has this id"),
    GIFT_NOT_FOUND(404, "the station has no gift with this id"),
    HOLDER_NOT_FOUND(404, "no personal data is kept for this card"),
    GRID_CELL_NOT_FOUND(404, "no grid cell has this id"),
    CATEGORY_NOT_FOUND(404, "no report category has this code"),
    REDEMPTION_NOT_FOUND(404, "no redemption with this id that the caller may read"),
    CERTIFICATE_NOT_FOUND(404, "no certificate with this id that the caller may read"),
    ACTIVITY_NOT_FOUND(404, "no activity has this id"),
    REPORT_NOT_FOUND(404, "no problem report with this id that the caller may read"),
    PERIOD_NOT_FOUND(404, "no such month in the ledger"),
    USER_NOT_FOUND(404, "no user has this name"),
    PROJECTION_NOT_FOUND(404, "no read model has this name"),
    DEAD_LETTER_PROCESSOR_NOT_FOUND(404, "no processor with a dead-letter queue has this name"),
    NOT_ACCEPTABLE(406, "the Accept header rules out every type this operation answers"),
    CONCURRENT_MODIFICATION(409, "the card changed while this request ran: send it again (Retry-After)"),
    IDEMPOTENCY_KEY_IN_FLIGHT(409, "a request with this Idempotency-Key is still running"),
    CARD_NOT_ACTIVE(409, "the card is closed"),
    INSUFFICIENT_POINTS(
            409,
            "the card's available points (its balance less what it holds for open redemptions)"
                    + " are fewer than needed"),
    ENTRY_ALREADY_REVERSED(409, "the entry is reversed already"),
    STATION_ALREADY_EXISTS(409, "a station has this id already"),
    GRID_CELL_EXISTS(409, "a grid cell (or another record of the ledger) has this id already"),
    CATEGORY_EXISTS(409, "a report category (or another record of the ledger) has this code already"),
    USER_ALREADY_EXISTS(409, "a user has this name already"),
    CANNOT_DISABLE_SELF(409, "an admin cannot disable their own account"),
    PROJECTION_NOT_REBUILDABLE(409, "this processor is no read model and is not rebuilt: its status says why"),
    PROJECTION_REBUILD_RUNNING(409, "a read model is being rebuilt, here or on another instance: one at a time"),
    GIFT_RETIRED(409, "the gift is retired"),
    OUT_OF_STOCK(409, "the shelf holds fewer than asked for (stock held for open redemptions is not on it)"),
    REDEMPTION_ALREADY_FINISHED(409, "the redemption is fulfilled, cancelled or expired already"),
    REDEMPTION_EXPIRED(409, "the redemption's hold ran out: place a new one"),
    PERIOD_ALREADY_CLOSED(409, "the month is closed already"),
    PERIOD_NOT_CLOSED(409, "the month is not closed yet"),
    NOTICE_WINDOW_OPEN(409, "the month's public-notice window is still open"),
    NOTICE_WINDOW_ENDED(409, "the month's public-notice window has ended"),
    COMMENDATIONS_ALREADY_CONFIRMED(409, "the month's commendations are confirmed already"),
    ACTIVITY_FULL(409, "the activity's capacity would be passed; the detail says how many places are left"),
    ACTIVITY_NOT_OPEN(409, "the activity is closed or cancelled"),
    ACTIVITY_CLOSED(409, "the activity is closed already"),
    ALREADY_CHECKED_IN(409, "the card is checked in already: one line a card"),
    ALREADY_CHECKED_OUT(409, "the card is checked out already"),
    NOT_CHECKED_IN(409, "the card has not checked in"),
    SESSION_ALREADY_OPEN(409, "the card has a reading session open already, at this or another station"),
    TOO_MANY_PHOTOS(409, "the report has three photos already (erased ones count)"),
    READING_SESSION_NOT_OPEN(409, "the session is not the open reading session of the caller's card"),
    REPORT_STATE_CONFLICT(409, "the report is not in a state this step follows; the detail names its state"),
    VERIFIER_NOT_INDEPENDENT(409, "the verifier resolved the report or is its reporter"),
    PHOTO_ERASED(410, "the photo's bytes were erased by an admin; its hash stays in the report's events"),
    PAYLOAD_TOO_LARGE(413, "the body is larger than the service accepts (64 KiB, a photo 2 MiB)"),
    UNSUPPORTED_MEDIA_TYPE(
            415,
            "the body is not sent as application/json, or (a photo) is not a JPEG or PNG image that agrees with its"
                    + " Content-Type and decodes"),
    IDEMPOTENCY_KEY_REUSED(422, "this Idempotency-Key was used for a different request"),
    DAILY_LIMIT_EXCEEDED(422, "the card's daily cap of minutes of this kind (or of rewarded reports) would be passed"),
    OCCURRED_ON_OUT_OF_RANGE(422, "occurredOn is in the future or further back than the service accepts"),
    PERIOD_CLOSED(422, "the month of the entry is closed: its standings are final"),
    REVERSAL_NOT_REVERSIBLE(422, "the entry is a reversal: record a new credit instead"),
    REDEMPTION_NOT_REVERSIBLE(422, "the entry is a gift redemption: points come back only by a new credit"),
    REDEMPTION_LIMIT_REACHED(422, "the card would take more of this gift this month than its per-card limit"),
    CURRENT_PASSWORD_WRONG(422, "the current password given is not the user's"),
    CARD_NOT_RANKED(422, "the card is not in the month's published standings"),
    INVALID_ACTIVITY_TERMS(422, "the planned window cannot be credited under the policy for the activity's kind"),
    INVALID_GRID_CELL(422, "the parent cell is unknown, or not exactly one level above the cell's level"),
    INVALID_CATEGORY_TERMS(422, "a category's points are not between 0 and 100"),
    NO_HANDLING_STATION(422, "neither the grid cell nor any cell above it names a station that handles reports"),
    CATEGORY_RETIRED(422, "the report category is retired: it takes no new reports"),
    PERIOD_NOT_ENDED(422, "the month has not ended yet"),
    CHECK_IN_CODE_INVALID(422, "the code is not the current (or previous) code shown at the door or sign-in"),
    INVALID_CERTIFICATE_PERIOD(
            422,
            "the certificate's period ends before it starts, ends in the future, spans more than 10 years or counts"
                    + " more than 20,000 entries"),
    INVALID_DUPLICATE(422, "a report cannot duplicate itself, nor a report that is itself a duplicate"),
    RATE_LIMITED(429, "too many requests: wait as long as Retry-After says"),
    CERTIFICATE_FONT_MISSING(
            503,
            "the font with Chinese glyphs the certificate PDF embeds is not installed (apt-get install"
                    + " fonts-wqy-microhei, or set pointsbank.certificates.font-file)"),
    UNAVAILABLE(
            503,
            "the ledger's database cannot be reached or did not answer in time; `outcome` says whether"
                    + " the request may have taken effect, Retry-After when to try again");

    private final int status;
    private final String meaning;

    ProblemCode(int status, String meaning) {
        this.status = status;
        this.meaning = meaning;
    }

    public int status() {
        return status;
    }

    public String meaning() {
        return meaning;
    }
}
