package org.pointsbank.api.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the service, typed and validated at start-up (prefix {@code pointsbank}). Each default is
 * here and nowhere else: {@code application.yml} sets no {@code pointsbank.*} value, and the wiring reads these
 * records rather than repeating a value. Set from the environment by Spring's relaxed names: {@code
 * pointsbank.data-dir} is {@code POINTSBANK_DATA_DIR}, {@code pointsbank.database.app-role} is {@code
 * POINTSBANK_DATABASE_APP_ROLE}, {@code pointsbank.limits.whole-log-scans} is {@code POINTSBANK_LIMITS_WHOLELOGSCANS}.
 *
 * @param zone              the zone of business dates ({@code occurredOn}); env POINTSBANK_ZONE
 * @param maxBackdatingDays how many days back a credit may be dated
 * @param snapshotThreshold events between two snapshots of one aggregate
 * @param aggregateCacheSize how many aggregates (cards, stations, gifts, ...) stay in memory between commands, all
 *                          types together; one not used for an hour leaves earlier
 * @param aggregateCacheMegabytes the most memory those aggregates may hold, by their estimated size (a card with a
 *                          long history weighs more); whichever bound is reached first evicts
 * @param idempotencyRetention how long idempotency keys are kept (at least 24 h by contract)
 * @param dataDir           where the embedded PostgreSQL keeps its data; env POINTSBANK_DATA_DIR
 * @param adminPassword     the bootstrap admin's password at first start; generated when blank; env
 *                          POINTSBANK_ADMIN_PASSWORD
 * @param auth              how users sign in
 * @param limits            abuse limits: body size, request rate, failed sign-ins
 * @param database          roles in PostgreSQL
 * @param rankings          closing months: how many are published and commended, how long objections run
 * @param redemptions       how long a gift redemption holds points and stock, how often expiry is swept
 * @param checkIn           the rotating check-in codes of activities and reading rooms
 * @param publicUrl         the address volunteers reach the service at: the base of the URLs in QR codes; env
 *                          POINTSBANK_PUBLICURL
 * @param policy            the settable rules of the points policy
 * @param nodeId            this instance's name among the instances on one PostgreSQL: the owner of the processors'
 *                          token claims ({@code token_entry.owner}); blank: host name, process id and a random
 *                          suffix, new at every start. Set it only to names unique across the instances; env
 *                          POINTSBANK_NODEID
 * @param nightlyChecks     when the chain verification and the reconciliation run on their own
 */
@Validated
@ConfigurationProperties(prefix = "pointsbank")
public record PointsBankProperties(
        @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
        @Min(0) @DefaultValue("60") int maxBackdatingDays,
        @Min(1) @DefaultValue("100") int snapshotThreshold,
        @Min(0) @DefaultValue("20000") long aggregateCacheSize,
        @Min(1) @DefaultValue("128") long aggregateCacheMegabytes,
        @NotNull @DefaultValue("24h") Duration idempotencyRetention,
        @NotNull @DefaultValue("./data") Path dataDir,
        String adminPassword,
        @NotNull @DefaultValue Auth auth,
        @NotNull @DefaultValue Limits limits,
        @NotNull @DefaultValue Database database,
        @NotNull @DefaultValue Rankings rankings,
        @NotNull @DefaultValue Redemptions redemptions,
        @NotNull @DefaultValue CheckIn checkIn,
        @NotNull @DefaultValue("http://localhost:8080") URI publicUrl,
        @NotNull @DefaultValue Policy policy,
        @jakarta.validation.constraints.Size(max = 200) String nodeId,
        @NotNull @DefaultValue NightlyChecks nightlyChecks) {

    /**
     * @param enabled whether the chain verification and the reconciliation run on their own (once across
     *                instances); env POINTSBANK_NIGHTLYCHECKS_ENABLED
     * @param cron    when they run: a Spring cron expression (second minute hour day month weekday) in {@code
     *                pointsbank.zone}, 03:00 every night by default; env POINTSBANK_NIGHTLYCHECKS_CRON
     */
    public record NightlyChecks(
            @DefaultValue("true") boolean enabled,
            @NotNull @DefaultValue("0 0 3 * * *") String cron) {

        /** The cron expression is one Spring can schedule (checked at start-up, not at 03:00). */
        @jakarta.validation.constraints.AssertTrue(message = "must be a valid Spring cron expression")
        public boolean isCronValid() {
            return cron != null && org.springframework.scheduling.support.CronExpression.isValidExpression(cron);
        }
    }

    /**
     * @param maxRewardedReportsPerDay the most verified problem reports one card is rewarded for per business day,
     *                                 net of reversals; env POINTSBANK_POLICY_MAXREWARDEDREPORTSPERDAY
     */
    public record Policy(@Min(1) @DefaultValue("5") int maxRewardedReportsPerDay) {}

    /**
     * @param secret   the master key of every check-in code (Base64, at least 16 bytes); when blank, one is
     *                 generated once and kept owner-only beside the data directory ({@code <data-dir>-check-in.key}).
     *                 Set it to the same value on every instance that serves one set of stations; env
     *                 POINTSBANK_CHECKIN_SECRET
     * @param interval how long one code is shown; a code is accepted in its interval and the next, so a code
     *                 photographed and sent on stops working within two intervals
     */
    public record CheckIn(
            String secret, @NotNull @DefaultValue("PT30S") Duration interval) {}

    /**
     * @param hold          how long a reservation holds the card's points and the gift's stock before it expires
     *                      (a reserved gift waits this long to be handed over; then the reservation releases both)
     * @param sweepInterval how often open redemptions past their hold are looked for and expired (an ISO-8601
     *                      duration such as {@code PT30S})
     * @param sweepBatch    how many expired redemptions one sweep records at most (the next sweep takes the rest)
     */
    public record Redemptions(
            @NotNull @DefaultValue("48h") Duration hold,
            @NotNull @DefaultValue("PT30S") Duration sweepInterval,
            @Min(1) @DefaultValue("500") int sweepBatch) {}

    /**
     * @param topN       how many places of each station's (and the city's) standings a closed month publishes;
     *                   the top N of each station's {@code all} standings are commended (ties at N included)
     * @param noticeDays the public-notice window after a close, during which staff may file objections
     */
    public record Rankings(
            @Min(1) @jakarta.validation.constraints.Max(100) @DefaultValue("3")
            int topN,

            @Min(0) @jakarta.validation.constraints.Max(90) @DefaultValue("7")
            int noticeDays) {}

    /**
     * @param appRole the PostgreSQL role the service connects as: it may append to the event
     *                log but not change it; Flyway migrates as the schema owner. With an external PostgreSQL,
     *                create this role (LOGIN) first, connect the service as it ({@code spring.datasource.username})
     *                and run Flyway as the schema owner ({@code spring.flyway.user}). The migrations' {@code
     *                ${appRole}} is this setting.
     * @param longStatementTimeout how long a whole-log statement (reconciliation, a month's close) may run,
     *                set for its transaction only; every other statement has the role's statement_timeout (V11)
     * @param inFlightKeyWait how long a request waits for another request still holding its Idempotency-Key
     *                before 409 IDEMPOTENCY_KEY_IN_FLIGHT
     */
    public record Database(
            @NotNull
            @jakarta.validation.constraints.Pattern(regexp = "[a-z_][a-z0-9_]{0,62}")
            @DefaultValue("pointsbank_app")
            String appRole,

            @NotNull @DefaultValue("10m") Duration longStatementTimeout,
            @NotNull @DefaultValue("5s") Duration inFlightKeyWait) {}

    /** How users sign in. */
    public enum AuthMode {
        /** HTTP Basic against the stored bcrypt hashes (the embedded default). */
        BASIC,
        /** Bearer JWTs checked by Spring's resource server ({@code spring.security.oauth2.resourceserver.jwt.*}). */
        JWT
    }

    /**
     * @param mode               BASIC or JWT
     * @param usernameClaim      with JWT: the claim naming the stored user whose role and scope apply
     * @param credentialCacheTtl with BASIC: how long a verified password is remembered (bcrypt is slow)
     * @param accountPollInterval how often each instance looks for accounts changed on any instance (disabled,
     *                           enabled, new password, role or scope) and forgets their remembered sign-ins; an
     *                           account change takes effect everywhere within about this long
     */
    public record Auth(
            @NotNull @DefaultValue("BASIC") AuthMode mode,
            @NotNull @DefaultValue("sub") String usernameClaim,
            @NotNull @DefaultValue("60s") Duration credentialCacheTtl,

            @NotNull @org.hibernate.validator.constraints.time.DurationMin(millis = 100) @DefaultValue("1s")
            Duration accountPollInterval) {}

    /**
     * @param maxBodyBytes              larger request bodies get 413
     * @param requestsPerSecond         a user's sustained request rate before 429
     * @param burst                     requests a user may send at once above that rate
     * @param failedSignInsBeforeLock   consecutive failed sign-ins of one username from one client address before
     *                                  that pair is throttled
     * @param signInLock                how long a throttled pair is refused at first; each further failure doubles it
     * @param maxSignInLock             the longest a throttled pair is refused, however many failures
     * @param anonymousRequestsPerSecond per client address: the sustained rate of requests not (yet) signed in, those
     *                                  without credentials and those whose password must be checked (bcrypt)
     * @param anonymousBurst            such requests a client address may send at once above that rate
     * @param wholeLogScans             verifications, reconciliations and period closes running at once on a
     *                                  node; one more gets 429 at once
     */
    public record Limits(
            @Min(1024) @DefaultValue("65536") int maxBodyBytes,
            @Min(1) @DefaultValue("200") int requestsPerSecond,
            @Min(1) @DefaultValue("400") int burst,
            @Min(1) @DefaultValue("5") int failedSignInsBeforeLock,
            @NotNull @DefaultValue("60s") Duration signInLock,
            @NotNull @DefaultValue("1h") Duration maxSignInLock,
            @Min(1) @DefaultValue("5") int anonymousRequestsPerSecond,
            @Min(1) @DefaultValue("20") int anonymousBurst,
            @Min(1) @DefaultValue("1") int wholeLogScans) {}
}
