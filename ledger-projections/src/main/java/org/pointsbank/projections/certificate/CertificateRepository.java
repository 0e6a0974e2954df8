package org.pointsbank.projections.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pointsbank.core.certificate.api.Commendation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code certificate}. */
@Repository
public class CertificateRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    public CertificateRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CertificateRow> find(String certificateId) {
        return jdbc
                .query("SELECT * FROM certificate WHERE certificate_id = ?", CertificateRepository::row, certificateId)
                .stream()
                .findFirst();
    }

    /** The card a certificate is of. */
    public Optional<String> cardOf(String certificateId) {
        return find(certificateId).map(CertificateRow::cardId);
    }

    /** A card's certificates, newest first. */
    public List<CertificateRow> ofCard(String cardId, int limit) {
        return jdbc.query("""
                SELECT * FROM certificate WHERE card_id = ?
                 ORDER BY issued_at DESC, certificate_id DESC LIMIT ?""", CertificateRepository::row, cardId, limit);
    }

    private static CertificateRow row(ResultSet rs, int n) throws SQLException {
        return new CertificateRow(
                rs.getString("certificate_id"),
                rs.getString("number"),
                rs.getString("card_id"),
                rs.getString("station_id"),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getDate("period_from").toLocalDate(),
                rs.getDate("period_to").toLocalDate(),
                rs.getInt("volunteer_minutes"),
                rs.getInt("study_minutes"),
                new TreeMap<>(read(rs.getString("by_year"), new TypeReference<Map<Integer, Integer>>() {})),
                read(rs.getString("activity_ids"), new TypeReference<List<String>>() {}),
                read(rs.getString("commendations"), new TypeReference<List<Commendation>>() {}),
                rs.getBoolean("valid"),
                rs.getString("invalid_reason_code"),
                instant(rs.getTimestamp("invalidated_at")),
                rs.getString("invalidated_by_entry"));
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable certificate column: " + json, e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
