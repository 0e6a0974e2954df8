package org.pointsbank.projections.support;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A read-only, repeatable-read transaction: every query in it sees the database as of its
 * first statement, so checks that read several tables compare one consistent state while
 * events keep being recorded.
 */
public final class Snapshot {

    private Snapshot() {}

    public static TransactionTemplate readOnly(PlatformTransactionManager transactions) {
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        return snapshot;
    }
}
