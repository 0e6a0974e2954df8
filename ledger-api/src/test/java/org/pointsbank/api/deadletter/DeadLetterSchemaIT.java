package org.pointsbank.api.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.GenericDeadLetterTableFactory;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.config.EmbeddedPostgresServer;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Flyway creates Axon's dead-letter table (V10). It stays column for column what Axon's own table factory
 * generates for our {@link DeadLetterSchema}, with PostgreSQL's BYTEA where the factory says BLOB, and with
 * the same unique key and indexes.
 */
class DeadLetterSchemaIT extends IntegrationTest {

    /** Axon's generic factory, speaking PostgreSQL's name for a byte array. */
    private static final class PostgresDeadLetterTableFactory extends GenericDeadLetterTableFactory {
        @Override
        protected String serializedDataType() {
            return "BYTEA";
        }
    }

    @Autowired
    private EmbeddedPostgresServer database;

    @Autowired
    private DeadLetterSchema schema;

    @Test
    void theMigratedDeadLetterTableMatchesAxonsReferenceSchema() throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        database.jdbcUrl(), EmbeddedPostgresServer.OWNER, database.ownerPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS axon_dead_letter_reference CASCADE;"
                    + "CREATE SCHEMA axon_dead_letter_reference; SET search_path TO axon_dead_letter_reference");
            new PostgresDeadLetterTableFactory()
                    .createTableStatement(connection, schema)
                    .executeBatch();
            statement.execute("SET search_path TO public");
        }
        try {
            assertThat(columns("public")).isNotEmpty().isEqualTo(columns("axon_dead_letter_reference"));
            assertThat(indexedColumns("public"))
                    .isEqualTo(indexedColumns("axon_dead_letter_reference"))
                    .contains(
                            "UNIQUE processing_group,sequence_identifier,sequence_index",
                            "INDEX processing_group,sequence_identifier");
        } finally {
            try (Connection connection = DriverManager.getConnection(
                            database.jdbcUrl(), EmbeddedPostgresServer.OWNER, database.ownerPassword());
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA axon_dead_letter_reference CASCADE");
            }
        }
    }

    private List<String> columns(String namespace) {
        return jdbc.queryForList("""
                SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' not null: ' || a.attnotnull
                  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped
                 ORDER BY a.attname""", String.class, namespace, schema.deadLetterTable());
    }

    /** Every index of the table by kind and columns, names aside. */
    private List<String> indexedColumns(String namespace) {
        return jdbc.queryForList("""
                SELECT CASE WHEN i.indisprimary THEN 'PRIMARY' WHEN i.indisunique THEN 'UNIQUE' ELSE 'INDEX' END || ' '
                       || (SELECT string_agg(a.attname, ',' ORDER BY k.ord)
                             FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum)
                  FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = ? AND c.relname = ?
                 ORDER BY 1""", String.class, namespace, schema.deadLetterTable());
    }
}
