package org.pointsbank.projections.category;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads {@code report_category}: the whole catalogue by code, or one category. */
@Repository
public class ReportCategoryRepository {

    private static final String CATEGORIES = "SELECT * FROM report_category WHERE added_at IS NOT NULL";

    private static final RowMapper<ReportCategory> ROW = (rs, n) -> new ReportCategory(
            rs.getString("code"),
            rs.getString("name"),
            rs.getInt("points"),
            rs.getString("description"),
            rs.getBoolean("retired"),
            instant(rs, "added_at"),
            instant(rs, "retired_at"));

    private final JdbcTemplate jdbc;

    public ReportCategoryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every category, retired ones included, by code. */
    public List<ReportCategory> all() {
        return jdbc.query(CATEGORIES + " ORDER BY code", ROW);
    }

    public Optional<ReportCategory> find(String code) {
        return jdbc.query(CATEGORIES + " AND code = ?", ROW, code).stream().findFirst();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
