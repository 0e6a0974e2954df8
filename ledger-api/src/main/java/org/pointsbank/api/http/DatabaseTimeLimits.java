package org.pointsbank.api.http;

import java.sql.SQLException;
import java.util.Set;

/** Recognises a failure caused by the database's time limits, however Axon or Spring wrapped it. */
final class DatabaseTimeLimits {

    /** query_canceled (statement_timeout), lock_not_available (lock_timeout). */
    static final Set<String> SQL_STATES = Set.of("57014", "55P03");

    private DatabaseTimeLimits() {}

    static boolean reached(Throwable e) {
        // an SQLException may carry no SQLSTATE at all (the pool's own), which Set.of(...).contains refuses
        return DatabaseFailures.anyRelated(
                e,
                cause -> cause instanceof SQLException sql
                        && sql.getSQLState() != null
                        && SQL_STATES.contains(sql.getSQLState()));
    }
}
