package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Flyway, not Axon or Hibernate, creates Axon's tables. This keeps our migration column for
 * column equal to the schema Axon's own PostgreSQL factories generate for the same names.
 */
class EventStoreSchemaIT extends IntegrationTest {

    @Autowired
    private EmbeddedPostgresServer database;

    @Autowired
    private EventSchema eventSchema;

    @Autowired
    private TokenSchema tokenSchema;

    @Test
    void theMigratedEventTokenAndSnapshotTablesMatchAxonsReferenceSchema() throws Exception {
        // as the schema owner: the service's own role may create nothing
        try (Connection connection = DriverManager.getConnection(
                        database.jdbcUrl(), EmbeddedPostgresServer.OWNER, database.ownerPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS axon_reference CASCADE; CREATE SCHEMA axon_reference;"
                    + "SET search_path TO axon_reference");
            PostgresEventTableFactory.INSTANCE
                    .createDomainEventTable(connection, eventSchema)
                    .execute();
            PostgresEventTableFactory.INSTANCE
                    .createSnapshotEventTable(connection, eventSchema)
                    .execute();
            PostgresTokenTableFactory.INSTANCE
                    .createTable(connection, tokenSchema)
                    .execute();
            statement.execute("SET search_path TO public");
        }
        try {
            for (String table : List.of("domain_event_entry", "snapshot_event_entry", "token_entry")) {
                assertThat(columns("public", table)).as(table).isNotEmpty().isEqualTo(columns("axon_reference", table));
            }
        } finally {
            try (Connection connection = DriverManager.getConnection(
                            database.jdbcUrl(), EmbeddedPostgresServer.OWNER, database.ownerPassword());
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA axon_reference CASCADE");
            }
        }
    }

    private List<String> columns(String schema, String table) {
        // pg_catalog, not information_schema: the latter hides tables the service's role may not read
        return jdbc.queryForList("""
                SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' not null: ' || a.attnotnull
                  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped
                 ORDER BY a.attname""", String.class, schema, table);
    }
}
