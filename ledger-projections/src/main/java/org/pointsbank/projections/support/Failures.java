package org.pointsbank.projections.support;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Which failures of a write are the database's (connection lost, deadlock, timeout, lock wait, out of
 * resources: retry the batch as it is, they pass) and which are the event's (a value the table refuses: park
 * it, retrying would fail the same way for ever).
 */
public final class Failures {

    private Failures() {}

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransactionException
                    || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && transientState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** 08 connection, 40 rollback (serialization, deadlock), 53 resources, 57 operator/timeout, 55P03 lock. */
    private static boolean transientState(String state) {
        return state != null
                && (state.startsWith("08")
                        || state.startsWith("40")
                        || state.startsWith("53")
                        || state.startsWith("57")
                        || state.equals("55P03"));
    }
}
