-- Time limits for the role the service connects as, so that no request holds a connection, a lock or an
-- open transaction for long: a statement running past statement_timeout is cancelled (SQLSTATE 57014), a
-- lock waited for past lock_timeout is given up (55P03), and a session idle inside a transaction past
-- idle_in_transaction_session_timeout is closed. They apply to every new session of the role. The few
-- whole-log statements (reconciliation, closing a month) raise statement_timeout for their own transaction
-- (SET LOCAL, pointsbank.database.long-statement-timeout). Flyway's own role is not limited.
-- The values are Flyway placeholders read when this migration runs; to change them later, run the same
-- ALTER ROLE statements by hand (new connections pick them up).
-- A schema owner that may not alter the role (it needs CREATEROLE and ADMIN on it) gets a warning, not a
-- failed migration: then run the statements below as a role that may.
DO $$
BEGIN
    ALTER ROLE ${appRole} SET statement_timeout = '${statementTimeout}';
    ALTER ROLE ${appRole} SET lock_timeout = '${lockTimeout}';
    ALTER ROLE ${appRole} SET idle_in_transaction_session_timeout = '${idleInTransactionTimeout}';
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'could not set the time limits of role ${appRole} (%); run as a role that may: '
        'ALTER ROLE ${appRole} SET statement_timeout = ''${statementTimeout}''; '
        'ALTER ROLE ${appRole} SET lock_timeout = ''${lockTimeout}''; '
        'ALTER ROLE ${appRole} SET idle_in_transaction_session_timeout = ''${idleInTransactionTimeout}''', SQLERRM;
END $$;
