package org.pointsbank.api.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code check_run} table: runs are appended, never changed; every instance reads the latest. */
@Repository
public class CheckRuns {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "check_name, started_at, finished_at, outcome, figures, instance";

    private final JdbcTemplate jdbc;

    public CheckRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A run on demand, for no schedule slot. */
    public void append(CheckRun run) {
        append(run, null);
    }

    /**
     * A run for the schedule slot {@code slot} (null: on demand); answers false, storing nothing, when a run of that
     * check for that slot is stored already (another instance ran it).
     */
    public boolean append(CheckRun run, Instant slot) {
        ObjectNode figures =
                JSON.createObjectNode().put("checked", run.checked()).put("found", run.found());
        if (run.error() != null) {
            figures.put("error", run.error());
        }
        return 1
                == jdbc.update(
                        "INSERT INTO check_run (" + COLUMNS + ", slot) VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)"
                                + " ON CONFLICT (check_name, slot) DO NOTHING",
                        run.check(),
                        Timestamp.from(run.startedAt()),
                        Timestamp.from(run.finishedAt()),
                        run.outcome().name(),
                        figures.toString(),
                        run.instance(),
                        slot == null ? null : Timestamp.from(slot));
    }

    /** Whether a run of {@code check} for the schedule slot {@code slot} is stored. */
    public boolean ranFor(String check, Instant slot) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM check_run WHERE check_name = ? AND slot = ?)",
                Boolean.class,
                check,
                Timestamp.from(slot)));
    }

    /** The last run of each check, whatever its outcome. */
    public List<CheckRun> latest() {
        return jdbc.query(
                "SELECT DISTINCT ON (check_name) " + COLUMNS + " FROM check_run"
                        + " ORDER BY check_name, finished_at DESC, run_id DESC",
                CheckRuns::row);
    }

    /** The last passing run of each check. */
    public List<CheckRun> latestPassed() {
        return jdbc.query(
                "SELECT DISTINCT ON (check_name) " + COLUMNS + " FROM check_run WHERE outcome = 'PASSED'"
                        + " ORDER BY check_name, finished_at DESC, run_id DESC",
                CheckRuns::row);
    }

    /** The last {@code limit} runs of every check, newest first. */
    public List<CheckRun> recent(int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM check_run ORDER BY finished_at DESC, run_id DESC LIMIT ?",
                CheckRuns::row,
                limit);
    }

    private static CheckRun row(ResultSet rs, int n) throws SQLException {
        JsonNode figures;
        try {
            figures = JSON.readTree(rs.getString("figures"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("unreadable figures of a check run", e);
        }
        return new CheckRun(
                rs.getString("check_name"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at").toInstant(),
                CheckOutcome.valueOf(rs.getString("outcome")),
                figures.path("checked").asLong(),
                figures.path("found").asLong(),
                figures.hasNonNull("error") ? figures.get("error").asText() : null,
                rs.getString("instance"));
    }
}
