package org.pointsbank.api.http;

import java.sql.SQLException;
import java.util.Set;

/** Recognises a failure caused by the database's time limits, however Axon or Spring wrapped it. */
final class DatabaseTimeLimits {

    /** query_canceled (statement_timeout), lock_not_available (lock_timeout). */
    static final Set<String> SQL_STATES = Set.of("57014", "55P03");

    private DatabaseTimeLimits() {}

    static boolean reached(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
