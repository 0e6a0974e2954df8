package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
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
    private DataSource dataSource;
    @Autowired
    private EventSchema eventSchema;
    @Autowired
    private TokenSchema tokenSchema;

    @Test
    void theMigratedEventTokenAndSnapshotTablesMatchAxonsReferenceSchema() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS axon_reference CASCADE; CREATE SCHEMA axon_reference;"
                    + "SET search_path TO axon_reference");
            PostgresEventTableFactory.INSTANCE.createDomainEventTable(connection, eventSchema).execute();
            PostgresEventTableFactory.INSTANCE.createSnapshotEventTable(connection, eventSchema).execute();
            PostgresTokenTableFactory.INSTANCE.createTable(connection, tokenSchema).execute();
            statement.execute("SET search_path TO public");
        }
        try {
            for (String table : List.of("domain_event_entry", "snapshot_event_entry", "token_entry")) {
                assertThat(columns("public", table)).as(table).isNotEmpty().isEqualTo(columns("axon_reference", table));
            }
        } finally {
            jdbc.execute("DROP SCHEMA axon_reference CASCADE");
        }
    }

    private List<String> columns(String schema, String table) {
        return jdbc.queryForList("""
                SELECT column_name || ' ' || data_type || ' ' || is_nullable
                  FROM information_schema.columns WHERE table_schema = ? AND table_name = ?
                 ORDER BY column_name""", String.class, schema, table);
    }
}
