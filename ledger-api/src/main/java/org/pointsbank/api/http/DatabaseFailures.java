package org.pointsbank.api.http;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that is gone (503) from a request that failed (500), and whether a connection was ever had.
 *
 * <p>The failure that reaches the web layer is often not the first one: when PostgreSQL shuts down under a request
 * (57P01), the pool closes that connection, and the rollback that follows fails with the pool's own "Connection is
 * closed", which carries no SQLSTATE; Spring then throws the rollback's failure and keeps the first one as its
 * application exception. So every failure related to the one thrown is looked at: its causes, what it suppressed,
 * and a transaction failure's original exception.
 */
public final class DatabaseFailures {

    /** Admin shutdown, crash shutdown, cannot connect now: the server is going or not yet there. */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");
    /** The connection could not be established (or the server refused it before any work). */
    private static final Set<String> NEVER_CONNECTED = Set.of("08001", "08004", "57P03");
    /**
     * HikariCP's answer on a connection it has closed after a fatal error (it closes a connection on SQLSTATE class
     * 08 and 57P01–57P03): an {@link SQLException} without SQLSTATE and with this message.
     */
    static final String POOL_CLOSED_CONNECTION = "Connection is closed";

    private DatabaseFailures() {}

    /** The connection could not be had or was lost: SQLSTATE class 08 or 57P01–57P03, or Spring's wording of it. */
    public static boolean lost(Throwable failure) {
        return anyRelated(
                failure,
                cause -> isNeverConnected(cause)
                        || (cause instanceof SQLException sql
                                && (sql.getSQLState() == null
                                        ? POOL_CLOSED_CONNECTION.equals(sql.getMessage())
                                        : sql.getSQLState().startsWith("08")
                                                || SERVER_GONE.contains(sql.getSQLState()))));
    }

    /** No connection (hence no transaction) was ever obtained: nothing can have been written. */
    public static boolean neverConnected(Throwable failure) {
        return anyRelated(failure, DatabaseFailures::isNeverConnected);
    }

    private static boolean isNeverConnected(Throwable cause) {
        return cause instanceof CannotGetJdbcConnectionException
                || cause instanceof CannotCreateTransactionException
                || cause instanceof SQLTransientConnectionException
                || (cause instanceof SQLException sql
                        && sql.getSQLState() != null
                        && NEVER_CONNECTED.contains(sql.getSQLState()));
    }

    /**
     * Whether {@code test} holds for the failure or one related to it: a cause, a suppressed exception, or the
     * original (application) exception of a failed commit or rollback, however deep.
     */
    static boolean anyRelated(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        if (failure != null) {
            next.add(failure);
        }
        while (!next.isEmpty()) {
            Throwable cause = next.poll();
            if (!seen.add(cause)) {
                continue;
            }
            if (test.test(cause)) {
                return true;
            }
            if (cause.getCause() != null) {
                next.add(cause.getCause());
            }
            Collections.addAll(next, cause.getSuppressed());
            if (cause instanceof TransactionSystemException transaction
                    && transaction.getApplicationException() != null) {
                next.add(transaction.getApplicationException());
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null) {
                next.add(sql.getNextException());
            }
        }
        return false;
    }
}
