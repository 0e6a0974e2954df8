package org.pointsbank.api.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pointsbank.api.photo.PhotoFixture.photoPath;
import static org.pointsbank.api.photo.PhotoFixture.upload;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.springframework.dao.DataAccessException;

/** An admin erases a photo's bytes; the event log, its hash chain and the photo's row (less its bytes) stay. */
class PhotoErasureIT extends PhotoScene {

    @Test
    void erasureDropsTheBytesAndLeavesTheLogByteIdenticalAndItsChainVerifying() {
        String photoId = upload(volunteer, report, "image/png", PhotoFixture.taggedPng())
                .json()
                .get("photoId")
                .asText();
        assertThat(admin.get("/api/v1/audit/verification").json().get("ok").asBoolean())
                .isTrue();
        long last = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        Map<String, Object> before = eventsUpTo(last);

        ApiResponse erased =
                admin.post(photoPath(report, photoId) + "/erasure", key(), "{\"reason\":\"a face is visible\"}");

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.json().get("erasedBy").asText()).isEqualTo("admin");
        assertThat(eventsUpTo(last)).isEqualTo(before);
        assertThat(admin.get("/api/v1/audit/verification").json().get("ok").asBoolean())
                .isTrue();
        ApiResponse gone = volunteer.get(photoPath(report, photoId), "image/*");
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.code()).isEqualTo("PHOTO_ERASED");
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT bytes, erased_by, erase_reason, sha256 FROM report_photo WHERE photo_id = ?", photoId);
        assertThat(row.get("bytes")).isNull();
        assertThat(row).containsEntry("erased_by", "admin").containsEntry("erase_reason", "a face is visible");
        assertThat(row.get("sha256")).isEqualTo(erased.json().get("sha256").asText());
        assertThat(admin.post(photoPath(report, photoId) + "/erasure", key(), "{\"reason\":\"again\"}")
                        .code())
                .isEqualTo("PHOTO_ERASED");
    }

    @Test
    void onlyAnAdminErasesAPhoto() {
        String photoId = upload(volunteer, report, "image/png", TestImages.png(12, 12))
                .json()
                .get("photoId")
                .asText();
        ApiClient staffHere = user("STAFF", "\"stationIds\":[\"" + station + "\"]");

        assertThat(staffHere
                        .post(photoPath(report, photoId) + "/erasure", key(), "{\"reason\":\"no\"}")
                        .status())
                .isEqualTo(403);
        assertThat(volunteer
                        .post(photoPath(report, photoId) + "/erasure", key(), "{\"reason\":\"no\"}")
                        .status())
                .isEqualTo(403);
        assertThat(admin.post(photoPath(report, photoId) + "/erasure", key(), "{}")
                        .code())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(volunteer.getBytes(photoPath(report, photoId), "image/*").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theServicesRoleMayNotDeleteAPhotosRow() {
        String photoId = upload(volunteer, report, "image/png", TestImages.png(12, 12))
                .json()
                .get("photoId")
                .asText();

        assertThatThrownBy(() -> jdbc.update("DELETE FROM report_photo WHERE photo_id = ?", photoId))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThat(photosOf(report)).isEqualTo(1);
    }

    /**
     * Every column of every event row up to {@code last}, in log order, as one SHA-256 of their text (bytea as hex):
     * byte-identical rows give the same digest. One value, so the comparison costs nothing however long the shared
     * test log has grown.
     */
    private Map<String, Object> eventsUpTo(long last) {
        return jdbc.queryForMap(
                "SELECT count(*) AS events, encode(sha256(convert_to(string_agg(e::text, E'\\n' ORDER BY"
                        + " global_index), 'UTF8')), 'hex') AS digest FROM domain_event_entry e"
                        + " WHERE global_index <= ?",
                last);
    }
}
