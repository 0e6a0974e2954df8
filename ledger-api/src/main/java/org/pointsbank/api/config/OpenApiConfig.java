package org.pointsbank.api.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The generated OpenAPI document's front matter: what the API is and how to sign in. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    @Bean
    OpenAPI pointsBankOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Points Bank API").version("v1").description("""
                        Reward cards for volunteers: credits for volunteer hours and study sessions, reversals,
                        balances at any instant and statements. Follows the Points Bank HTTP API contract v1.
                        Every change of the ledger, and every POST, PUT and DELETE without a JSON body, needs an
                        Idempotency-Key header (where required, the operation lists it). Errors are
                        application/problem+json with a stable `code`.
                        Extensions to the contract: `POST /api/v1/cards/{cardId}/closure` (a closed card earns no
                        more points); error codes STATION_NOT_FOUND, STATION_ALREADY_EXISTS, REVERSAL_NOT_REVERSIBLE,
                        DUPLICATE_ENTRY_ID, CONCURRENT_MODIFICATION.
                        Rankings (issue 7): `GET /api/v1/rankings` answers `status` (LIVE, or FINAL once the month is
                        closed) besides the contract's fields, and `period` defaults to the current month;
                        `GET /api/v1/rankings/explain`; `GET /api/v1/periods`, `GET /api/v1/periods/{period}`,
                        `POST /api/v1/periods/{period}/close`, `.../objections`, `.../commendations`;
                        `GET /api/v1/cards/{cardId}` lists the card's `commendations`; a commendation's bonus is an
                        entry of type COMMENDATION_BONUS. Codes PERIOD_CLOSED, PERIOD_NOT_ENDED,
                        PERIOD_ALREADY_CLOSED, PERIOD_NOT_CLOSED, PERIOD_NOT_FOUND, NOTICE_WINDOW_OPEN,
                        NOTICE_WINDOW_ENDED, COMMENDATIONS_ALREADY_CONFIRMED, CARD_NOT_RANKED, BONUS_OUT_OF_RANGE,
                        INVALID_PERIOD, INVALID_CATEGORY, INVALID_LIMIT.
                        Gift catalogue (issue 8): `POST/GET /api/v1/stations/{stationId}/gifts` as the contract, plus
                        `POST .../gifts/{giftId}/restock`, `.../price`, `.../retirement`; every catalogue POST takes an
                        Idempotency-Key; the gift carries `perCardMonthlyLimit`. Codes GIFT_NOT_FOUND, GIFT_RETIRED,
                        INVALID_GIFT_TERMS.
                        Redemptions (issue 8): `POST /api/v1/cards/{cardId}/redemptions`,
                        `POST /api/v1/redemptions/{redemptionId}/fulfilment` and `.../cancellation` as the contract (the
                        body of the last two is optional: `{reason}`, kept for a cancellation); the redemption also
                        carries `giftName`, `stationId`, `placedAt`, `finishedAt`, `reason`; extensions
                        `GET /api/v1/redemptions/{redemptionId}` and `GET /api/v1/cards/{cardId}/redemptions`. A
                        fulfilled redemption is a statement entry of type GIFT_REDEMPTION (negative points, no policy
                        version, entry id = redemption id), never reversible; `stock` of a gift is what is on the
                        shelf and promised to nobody. Codes INSUFFICIENT_POINTS (409, against available points),
                        OUT_OF_STOCK (409), REDEMPTION_LIMIT_REACHED (422), GIFT_RETIRED (409),
                        REDEMPTION_ALREADY_FINISHED (409), REDEMPTION_EXPIRED (409), REDEMPTION_NOT_FOUND (404),
                        REDEMPTION_NOT_REVERSIBLE (422), WRONG_STATION (403: staff of another station than the gift's place;
                        for fulfil or cancel, staff who may read the redemption, i.e. of its card's station; other
                        roles that may read it get 403 FORBIDDEN). A redemption the caller may not read answers
                        404 REDEMPTION_NOT_FOUND exactly as an unknown one, for reads, fulfilment and cancellation.
                        Refusals about a card the caller may not read (staff of another station crediting it for work
                        at their station, or redeeming their shop's gift for it) keep status, `code` and field, but
                        their `detail` is a fixed sentence: no balance, available points, minutes or history.
                        503 UNAVAILABLE carries `outcome`: NOT_RECORDED (the database was lost before anything could
                        be committed) or UNKNOWN (lost while a changing request ran or committed: it may or may not
                        have taken effect; where the answer is recorded under the Idempotency-Key (the ledger's
                        changes) send it again with the same key, which replays it if it was recorded and records it
                        once if not; otherwise look before sending it again); with Retry-After either way.
                        Reconciliation's differences also compare points held for open redemptions
                        (`logReserved`, `readModelReserved`).
                        Dead letters (issue 13, ADR 7): `GET /api/v1/admin/dead-letters` also answers each letter's `id`,
                        `sequence` (the card), `index` and `lastTouchedAt`; `POST /api/v1/admin/dead-letters/{processor}/retry`
                        has no body but needs an Idempotency-Key; code DEAD_LETTER_PROCESSOR_NOT_FOUND (404). Projections
                        carry `rebuildable` and, with a dead-letter queue, `parked`.

                        Text (issue 13): every string of a request (body fields, list elements, map keys, path
                        variables, query parameters, the headers Idempotency-Key, X-Correlation-Id and Accept) must be
                        printable Unicode: NUL, C0/C1 controls other than line feed, carriage return and tab, DEL, lone
                        surrogates and non-characters are 400 VALIDATION_FAILED naming the field. Free text is at most
                        2,000 characters (less where the field says), ids in bodies 64, path variables, query
                        parameters and those headers 255 (Accept 1,000); passwords at most 72 bytes in UTF-8. JSON
                        types are strict and a body is one JSON document. Instants in query parameters lie between
                        1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z (else 400 VALIDATION_FAILED naming it). An
                        Accept without JSON is 406 before anything is recorded."""))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
