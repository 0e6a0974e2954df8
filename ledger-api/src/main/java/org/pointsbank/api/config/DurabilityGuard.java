package org.pointsbank.api.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;

/**
 * Start-up check against an external PostgreSQL: the service refuses to start when the server could lose an
 * acknowledged entry on a crash ({@code fsync} or {@code synchronous_commit} off for the service's connections) or
 * when the service's role may rewrite the log ({@code UPDATE}, {@code DELETE} or {@code TRUNCATE} on the event table
 * or its hash chain, which migration V5 revokes). It runs once the schema is migrated and before any processor starts
 * (see {@link DurabilityGuardConfig}); the embedded default configures its own server and is not checked.
 */
public class DurabilityGuard implements InitializingBean {

    /** The tables the service may only read and append to (V5__audit_and_least_privilege.sql, V22__event_seals.sql). */
    static final List<String> APPEND_ONLY = List.of("domain_event_entry", "event_hash_chain", "event_seal");

    static final List<String> REWRITES = List.of("UPDATE", "DELETE", "TRUNCATE");

    private final DataSource dataSource;

    public DurabilityGuard(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        List<String> problems = problems(read());
        if (!problems.isEmpty()) {
            throw new UnsafeDatabase("Points Bank refuses to start on this PostgreSQL (spring.datasource.url): "
                    + String.join("; ", problems) + ".");
        }
    }

    /** The decision: one sentence per problem, each naming the setting and how to fix it; empty when safe. */
    static List<String> problems(DurabilitySettings settings) {
        List<String> problems = new ArrayList<>();
        if ("off".equalsIgnoreCase(settings.fsync())) {
            problems.add("fsync is off, so a crash of the server can lose or corrupt committed entries"
                    + " (set fsync = on in postgresql.conf and restart PostgreSQL)");
        }
        if ("off".equalsIgnoreCase(settings.synchronousCommit())) {
            problems.add("synchronous_commit is off for role " + settings.role()
                    + ", so an acknowledged entry can be lost on a crash (set synchronous_commit = on in"
                    + " postgresql.conf, and remove any per-role or per-database setting: ALTER ROLE "
                    + settings.role() + " RESET synchronous_commit; ALTER DATABASE <database> RESET"
                    + " synchronous_commit)");
        }
        if (!settings.changeableLog().isEmpty()) {
            problems.add("role " + settings.role() + " (spring.datasource.username) may change the event log: "
                    + String.join(", ", settings.changeableLog())
                    + " (connect as the application role, not the schema owner or a superuser, and REVOKE UPDATE,"
                    + " DELETE, TRUNCATE ON " + String.join(", ", APPEND_ONLY) + " FROM " + settings.role() + ")");
        }
        return problems;
    }

    private DurabilitySettings read() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String fsync = show(connection, "fsync");
            String synchronousCommit = show(connection, "synchronous_commit");
            String role = single(connection, "SELECT current_user");
            List<String> changeable = new ArrayList<>();
            try (PreparedStatement may =
                    connection.prepareStatement("SELECT has_table_privilege(current_user, ?, ?)")) {
                for (String table : APPEND_ONLY) {
                    for (String privilege : REWRITES) {
                        may.setString(1, table);
                        may.setString(2, privilege);
                        try (ResultSet rs = may.executeQuery()) {
                            rs.next();
                            if (rs.getBoolean(1)) {
                                changeable.add(privilege + " on " + table);
                            }
                        }
                    }
                }
            }
            return new DurabilitySettings(fsync, synchronousCommit, role, changeable);
        }
    }

    private static String show(Connection connection, String setting) throws SQLException {
        return single(connection, "SHOW " + setting);
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
