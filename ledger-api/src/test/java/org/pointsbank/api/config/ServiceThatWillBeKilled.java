package org.pointsbank.api.config;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Run in a child JVM by {@link EmbeddedPostgresIT}: starts the embedded server, commits a row, waits to be killed. */
public final class ServiceThatWillBeKilled {

    static final String READY = "READY";

    private ServiceThatWillBeKilled() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(Path.of(args[0]));
        try (Connection c = DriverManager.getConnection(
                        server.jdbcUrl(), EmbeddedPostgresServer.OWNER, server.ownerPassword());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE survivor (id int); INSERT INTO survivor VALUES (42)");
        }
        System.out.println(READY);
        System.out.flush();
        Thread.currentThread().join(); // until killed
    }
}
