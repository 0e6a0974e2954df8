package org.pointsbank.api.projection;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.pointsbank.api.cluster.ClusterOnce;
import org.pointsbank.api.deadletter.DeadLetters;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.projections.support.LongStatements;
import org.pointsbank.projections.support.Parking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Rebuilds read models beside the live ones: a copy is built from the whole log in the {@code rebuild} schema while
 * every read keeps answering from the live tables and recording goes on, then swapped in ({@link ReadModelSwap}).
 * One rebuild at a time across all instances on the database: the rebuild holds a session-level advisory lock
 * (in {@link ClusterOnce}'s space) on a connection of its own from the request that starts it to its end, and a
 * copy's projection finds every unqualified table in the copy schema first, so two copies must not meet there.
 */
@Component
public class ReadModelRebuilds {

    static final String LOCK = "projection-rebuild";

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuilds.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;
    private final EventStorageEngine events;
    private final LongStatements longStatements;
    private final Parking parking;
    private final DeadLetters deadLetters;
    private final ReadModelSwap swap;
    private final ProjectionClasses classes;
    private final Map<String, RebuildRun> runs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Runnable onceCaughtUp = () -> {};

    ReadModelRebuilds(
            DataSource dataSource,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            EventStorageEngine events,
            LongStatements longStatements,
            Parking parking,
            DeadLetters deadLetters,
            ReadModelSwap swap,
            ProjectionClasses classes) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.longStatements = longStatements;
        this.parking = parking;
        this.deadLetters = deadLetters;
        this.swap = swap;
        this.classes = classes;
    }

    /** Starts rebuilding {@code name} in the background; 409 when a rebuild runs here or on another instance. */
    synchronized RebuildRun start(String name, EventProcessingConfiguration processing) {
        if (runs.values().stream().anyMatch(RebuildRun::running)) {
            throw running();
        }
        Connection lock = lock();
        RebuildRun run = new RebuildRun();
        runs.put(name, run);
        try {
            executor.execute(() -> {
                try {
                    rebuild(name, run, processing);
                } finally {
                    unlock(lock);
                }
            });
        } catch (RuntimeException refused) {
            runs.remove(name);
            unlock(lock);
            throw refused;
        }
        return run;
    }

    Optional<RebuildRun> run(String name) {
        return Optional.ofNullable(runs.get(name));
    }

    /**
     * For tests (of this package and of several instances): runs {@code hook} on the rebuild's thread once a copy has
     * caught up, before its swap; {@code null} removes it.
     */
    public void onceCaughtUp(Runnable hook) {
        onceCaughtUp = hook == null ? () -> {} : hook;
    }

    private void rebuild(String name, RebuildRun run, EventProcessingConfiguration processing) {
        CopyTables tables = new CopyTables(jdbc, ReadModelTables.of(name));
        try {
            CopyTables.dropLeftovers(jdbc);
            tables.create();
            boolean parks = deadLetters.hasQueue(name);
            ReadModelCopy copy = new ReadModelCopy(
                    name,
                    classes.of(name),
                    events,
                    tables,
                    jdbc,
                    transactions,
                    longStatements,
                    new CopyParking(parking),
                    parks);
            run.building(copy);
            while (copy.nextBatch()) {
                // the log up to its head, a batch a transaction
            }
            onceCaughtUp.run();
            run.swapped(swap.swap(name, copy, tables, processing));
            log.info(
                    "{} rebuilt beside the live tables and swapped in: {} events, its writers held {} ms by the swap",
                    name,
                    copy.handled(),
                    run.swapLocked().toMillis());
        } catch (RuntimeException | Error failure) {
            log.error("rebuild of {} failed; the live read model is unchanged", name, failure);
            run.failed(failure);
        } finally {
            try {
                tables.drop();
            } catch (RuntimeException e) {
                log.warn("could not drop the copy tables of {} (the next rebuild drops them)", name, e);
            }
        }
    }

    private Connection lock() {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                statement.setInt(1, ClusterOnce.LOCK_SPACE);
                statement.setInt(2, ClusterOnce.lockKey(LOCK));
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    if (result.getBoolean(1)) {
                        return connection;
                    }
                }
            }
            connection.close();
            throw running();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not take the rebuild lock", e);
        }
    }

    private static void unlock(Connection connection) {
        try (connection) {
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
                statement.setInt(1, ClusterOnce.LOCK_SPACE);
                statement.setInt(2, ClusterOnce.lockKey(LOCK));
                statement.execute();
            } catch (SQLException e) {
                // never give a session that may still hold the lock back to the pool: closing it releases the lock
                connection.abort(Runnable::run);
            }
        } catch (SQLException e) {
            log.warn("could not release the rebuild lock cleanly", e);
        }
    }

    private static ApiException running() {
        return new ApiException(
                HttpStatus.CONFLICT,
                "PROJECTION_REBUILD_RUNNING",
                "a read model is being rebuilt (here or on another instance): one rebuild at a time");
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
