package org.pointsbank.api.http;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells a database that is gone (503) from a request that failed (500), and whether a connection was ever had. */
public final class DatabaseFailures {

    /** Admin shutdown, crash shutdown, cannot connect now: the server is going or not yet there. */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");
    /** The connection could not be established (or the server refused it before any work). */
    private static final Set<String> NEVER_CONNECTED = Set.of("08001", "08004", "57P03");

    private DatabaseFailures() {}

    /** The connection could not be had or was lost: SQLSTATE class 08 or 57P01–57P03, or Spring's wording of it. */
    public static boolean lost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (neverConnected(cause)
                    || (cause instanceof SQLException sql
                            && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08") || SERVER_GONE.contains(sql.getSQLState())))) {
                return true;
            }
        }
        return false;
    }

    /** No connection (hence no transaction) was ever obtained: nothing can have been written. */
    public static boolean neverConnected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || (cause instanceof SQLException sql
                            && sql.getSQLState() != null
                            && NEVER_CONNECTED.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
