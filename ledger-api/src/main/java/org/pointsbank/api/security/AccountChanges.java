package org.pointsbank.api.security;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.pointsbank.api.config.PointsBankProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Carries account changes made on any instance to this one: every {@code pointsbank.auth.account-poll-interval} it
 * reads the users whose row changed lately ({@code app_user.changed_at}, indexed; migration V20 gives a changed
 * account a new {@code stamp}) and tells {@link CachedCredentials} their stamps, which forgets the sign-ins it checked
 * against an older one. Page sessions need nothing from here: {@link SessionAccountCheck} reads the account on every
 * page request and compares its stamp.
 *
 * <p>Each poll reads the database's clock with the rows and asks next time for the rows changed since then minus
 * {@link #OVERLAP}: a change whose transaction committed late (its {@code changed_at} is taken when the row is
 * written) is still seen, and a check that was running while the change was first seen is forgotten at the next
 * poll. Seeing a row again is harmless: an entry that already has the stamp is kept. A poll that fails (the database
 * is away) is logged and repeated; the next successful one covers the time missed.
 */
@Component
class AccountChanges implements SmartLifecycle {

    /** How far back each poll looks again: beyond any account transaction (idle ones end after 60 s, V11). */
    static final Duration OVERLAP = Duration.ofSeconds(90);

    private static final Logger LOG = LoggerFactory.getLogger(AccountChanges.class);

    private final JdbcTemplate jdbc;
    private final CachedCredentials credentials;
    private final Duration interval;
    private final Object polling = new Object();
    private volatile ScheduledExecutorService poller;
    private Instant since = Instant.EPOCH;
    private boolean failing;

    AccountChanges(JdbcTemplate jdbc, CachedCredentials credentials, PointsBankProperties properties) {
        this.jdbc = jdbc;
        this.credentials = credentials;
        this.interval = properties.auth().accountPollInterval();
    }

    /** One poll: tells the credential cache the stamps of the accounts changed since the last one. */
    void poll() {
        synchronized (polling) {
            pollOnce();
        }
    }

    private void pollOnce() {
        Instant[] polledAt = {null};
        jdbc.query(
                """
                SELECT now(), u.username, u.stamp
                  FROM (SELECT 1) AS poll LEFT JOIN app_user u ON u.changed_at > ?
                """,
                rs -> {
                    polledAt[0] = rs.getObject(1, OffsetDateTime.class).toInstant();
                    String username = rs.getString(2);
                    if (username != null) {
                        credentials.changed(username, rs.getLong(3));
                    }
                },
                since.atOffset(ZoneOffset.UTC));
        since = polledAt[0].minus(OVERLAP);
    }

    private void pollQuietly() {
        try {
            poll();
            if (failing) {
                LOG.info("account changes are read again");
                failing = false;
            }
        } catch (RuntimeException e) { // a task that throws is never run again: every failure is caught
            if (!failing) {
                LOG.warn("cannot read account changes (retrying every {}): {}", interval, e.toString());
                failing = true;
            }
        }
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "account-changes");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::pollQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        poller = executor;
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}
