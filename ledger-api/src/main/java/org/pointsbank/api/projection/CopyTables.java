package org.pointsbank.api.projection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A read model's copy tables in the {@code rebuild} schema (V18), made {@code LIKE} the live ones, and the swap of
 * their rows into the live tables. The swap changes only what differs (rows gone, rows new, rows changed, matched by
 * primary key): the live tables are never emptied, so rows that other tables refer to (a station's users) stay, and
 * a large read model that the rebuild found right costs reads, not writes. Statements name their schema; the rest of
 * a copy's SQL is the projection's own, which finds the copy first on the search path ({@link #useCopies}).
 */
final class CopyTables {

    static final String SCHEMA = "rebuild";

    private final JdbcTemplate jdbc;
    private final List<String> tables;

    CopyTables(JdbcTemplate jdbc, List<String> tables) {
        this.jdbc = jdbc;
        this.tables = List.copyOf(tables);
    }

    /** Drops what an earlier rebuild left (an instance that died mid-rebuild) and makes empty copies. */
    void create() {
        drop();
        for (String table : tables) {
            jdbc.execute("CREATE TABLE " + SCHEMA + "." + table + " (LIKE public." + table
                    + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)");
        }
    }

    /**
     * Drops every copy table: only while holding the rebuild lock (no copy is being built anywhere then), for what a
     * rebuild of another read model left behind on an instance that died.
     */
    static void dropLeftovers(JdbcTemplate jdbc) {
        jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = ?", String.class, SCHEMA)
                .forEach(table -> jdbc.execute("DROP TABLE IF EXISTS " + SCHEMA + "." + table + " CASCADE"));
    }

    void drop() {
        for (String table : reversed()) {
            jdbc.execute("DROP TABLE IF EXISTS " + SCHEMA + "." + table);
        }
    }

    /** In the current transaction only: the projection's unqualified table names reach the copies. */
    void useCopies() {
        jdbc.execute("SET LOCAL search_path = " + SCHEMA + ", public");
    }

    /** Blocks the live tables' writers (not their readers) until the current transaction ends. */
    void lockLive() {
        jdbc.execute("LOCK TABLE "
                + tables.stream().map(t -> "public." + t).collect(Collectors.joining(", "))
                + " IN EXCLUSIVE MODE");
    }

    /**
     * Makes the live tables hold what the copies hold; in the caller's transaction, readers see it at commit. Rows
     * are matched by primary key: gone ones are deleted, new ones inserted, changed ones updated, or, in a table the
     * service may not update (append-only ones), deleted and inserted again.
     */
    void replaceLive() {
        for (String table : reversed()) {
            List<String> key = primaryKey(table);
            String live = "public." + table;
            if (key.isEmpty()) {
                jdbc.update("DELETE FROM " + live);
            } else {
                String sameRow = updatable(table) ? "" : " AND ROW(c.*) IS NOT DISTINCT FROM ROW(l.*)";
                jdbc.update("DELETE FROM " + live + " l WHERE NOT EXISTS (SELECT 1 FROM " + copy(table) + " c WHERE "
                        + matching(key) + sameRow + ")");
            }
        }
        for (String table : tables) {
            List<String> key = primaryKey(table);
            String insert = "INSERT INTO public." + table + " SELECT * FROM " + copy(table) + " c";
            List<String> others = new ArrayList<>(columns(table));
            others.removeAll(key);
            if (key.isEmpty()) {
                jdbc.update(insert);
            } else if (others.isEmpty() || !updatable(table)) {
                jdbc.update(insert + " WHERE NOT EXISTS (SELECT 1 FROM public." + table + " l WHERE " + matching(key)
                        + ")");
            } else {
                String set = String.join(", ", others);
                String excluded = others.stream().map(c -> "EXCLUDED." + c).collect(Collectors.joining(", "));
                String current = others.stream().map(c -> table + "." + c).collect(Collectors.joining(", "));
                jdbc.update(insert + " ON CONFLICT (" + String.join(", ", key) + ") DO UPDATE SET (" + set
                        + ") = ROW(" + excluded + ") WHERE ROW(" + current + ") IS DISTINCT FROM ROW(" + excluded
                        + ")");
            }
        }
    }

    private static String copy(String table) {
        return SCHEMA + "." + table;
    }

    private boolean updatable(String table) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT has_table_privilege(('public.' || ?)::regclass, 'UPDATE')", Boolean.class, table));
    }

    private List<String> reversed() {
        List<String> reversed = new ArrayList<>(tables);
        Collections.reverse(reversed);
        return reversed;
    }

    private List<String> primaryKey(String table) {
        return jdbc.queryForList("""
                SELECT a.attname FROM pg_index i
                  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                 WHERE i.indrelid = ('public.' || ?)::regclass AND i.indisprimary ORDER BY a.attnum""", String.class, table);
    }

    private List<String> columns(String table) {
        return jdbc.queryForList(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?"
                        + " ORDER BY ordinal_position",
                String.class,
                table);
    }

    private static String matching(List<String> key) {
        return key.stream().map(c -> "c." + c + " = l." + c).collect(Collectors.joining(" AND "));
    }
}
