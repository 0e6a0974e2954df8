package org.pointsbank.api.photo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code report_photo} table (V16): the only place a photo's bytes are kept. Erasure keeps the row (its hash and
 * who erased it, when and why) and drops the bytes; the service's role may not delete a row.
 */
@Repository
public class PhotoStore {

    private final JdbcTemplate jdbc;

    public PhotoStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String photoId, String reportId, CheckedPhoto photo) {
        jdbc.update("""
                INSERT INTO report_photo (photo_id, report_id, content_type, sha256, size_bytes, bytes)
                VALUES (?, ?, ?, ?, ?, ?)""", photoId, reportId, photo.contentType(), photo.sha256(), photo.bytes().length, photo.bytes());
    }

    /** The photo of this report, with its bytes unless they were erased. */
    Optional<StoredPhoto> find(String reportId, String photoId) {
        return jdbc
                .query(
                        """
                        SELECT content_type, sha256, bytes, erased_at FROM report_photo
                         WHERE photo_id = ? AND report_id = ?""",
                        (rs, n) -> new StoredPhoto(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getBytes(3),
                                rs.getTimestamp(4) == null
                                        ? null
                                        : rs.getTimestamp(4).toInstant()),
                        photoId,
                        reportId)
                .stream()
                .findFirst();
    }

    /** Drops the bytes of a photo not erased yet; answers whether it did. */
    boolean erase(String reportId, String photoId, String by, String reason, Instant at) {
        return jdbc.update("""
                        UPDATE report_photo SET bytes = NULL, erased_at = ?, erased_by = ?, erase_reason = ?
                         WHERE photo_id = ? AND report_id = ? AND erased_at IS NULL""", Timestamp.from(at), by, reason, photoId, reportId) == 1;
    }
}
