package org.pointsbank.api.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pointsbank.api.photo.PhotoFixture.photoPath;
import static org.pointsbank.api.photo.PhotoFixture.upload;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

class PhotosIT extends IntegrationTest {

    private static final String PASSWORD = "photo-password-1";

    @Autowired
    private CommandGateway gateway;

    private String station;
    private String card;
    private String report;
    private ApiClient volunteer;

    @BeforeEach
    void aReportOfAVolunteersCard() {
        station = ledger.station();
        card = ledger.card(station);
        report = new PhotoFixture(gateway, admin).report(card, station);
        volunteer = user("VOLUNTEER", "\"cardId\":\"" + card + "\"");
    }

    @Test
    void aPngIsStoredWithItsExifAndTextRemovedAndItsPixelsKept() {
        byte[] sent = PhotoFixture.taggedPng();

        ApiResponse created = upload(volunteer, report, "image/png", sent);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String photoId = created.json().get("photoId").asText();
        HttpResponse<byte[]> read = volunteer.getBytes(photoPath(report, photoId), "image/*");
        assertThat(read.statusCode()).isEqualTo(200);
        byte[] served = read.body();
        byte[] inTable =
                jdbc.queryForObject("SELECT bytes FROM report_photo WHERE photo_id = ?", byte[].class, photoId);
        for (byte[] stored : List.of(served, inTable)) {
            assertThat(ImageStructure.pngChunks(stored))
                    .doesNotContain("eXIf", "tEXt")
                    .contains("IHDR", "IDAT", "IEND");
            assertThat(ImageStructure.samePixels(stored, sent)).isTrue();
        }
        assertThat(ImageStructure.pngChunks(sent)).contains("eXIf", "tEXt");
        assertThat(served).isEqualTo(inTable);
        assertThat(created.json().get("sha256").asText()).isEqualTo(PhotoCheck.sha256(served));
        assertThat(created.json().get("bytes").asLong()).isEqualTo(served.length);
        assertThat(created.json().get("contentType").asText()).isEqualTo("image/png");
        assertThat(read.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(read.headers().firstValue("Cache-Control").orElseThrow()).contains("private");
        assertThat(read.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theReportsEventHoldsTheHashAndNotTheImage() {
        ApiResponse created = upload(admin, report, "image/png", PhotoFixture.taggedPng());

        String sha256 = created.json().get("sha256").asText();
        String payload = jdbc.queryForObject(
                "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? AND payload_type LIKE '%PhotoAttached'",
                String.class, report);
        assertThat(payload)
                .contains(sha256)
                .contains(created.json().get("photoId").asText());
        assertThat(payload.length()).isLessThan(1000);
    }

    @Test
    void aJpegIsStoredWithoutItsGpsExif() {
        byte[] sent = TestImages.jpegWith(TestImages.jpeg(64, 48), TestImages.segment(0xE1, TestImages.exifWithGps()));

        ApiResponse created = upload(volunteer, report, "image/jpeg", sent);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        byte[] served = admin.getBytes(
                        photoPath(report, created.json().get("photoId").asText()), "image/jpeg")
                .body();
        assertThat(ImageStructure.jpegMarkers(sent)).contains("unknown:225");
        assertThat(ImageStructure.jpegMarkers(served))
                .doesNotContain("unknown:225")
                .contains("sos");
        assertThat(served).isEqualTo(TestImages.jpeg(64, 48));
    }

    @Test
    void aTextFileRenamedJpgIsRefusedWith415AndNothingIsStored() {
        byte[] text = "these are my notes, saved as photo.jpg".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        ApiResponse refused = upload(volunteer, report, "image/jpeg", text);

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(refused.json().get("detail").asText()).contains("neither a JPEG nor a PNG");
        assertThat(photosOf(report)).isZero();
    }

    @Test
    void threeMegabytesAreRefusedWith413AndNothingIsStored() {
        byte[] large = TestImages.concat(TestImages.png(8, 8), new byte[3_000_000]);

        ApiResponse refused = upload(volunteer, report, "image/png", large);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(photosOf(report)).isZero();
    }

    @Test
    void threeMegabytesWithoutAContentLengthAreRefusedWith413WhileBeingRead() {
        byte[] large = TestImages.concat(TestImages.png(8, 8), new byte[3_000_000]);

        ApiResponse refused = volunteer.sendStream(
                "POST",
                "/api/v1/reports/" + report + "/photos",
                large,
                Map.of("Content-Type", "image/png", "Idempotency-Key", key()));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(photosOf(report)).isZero();
    }

    @Test
    void aPhotoOfAlmost2MiBIsAcceptedWhileOtherBodiesKeepTheirLimit() {
        byte[] noisy = TestImages.encode(noise(760, 760), "png");
        assertThat(noisy.length).isBetween(1_000_000, PhotoBody.MAX_BYTES);

        assertThat(upload(admin, report, "image/png", noisy).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/stations", key(), "{\"id\":\"" + "x".repeat(70_000) + "\"}")
                        .code())
                .isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aFourthPhotoIsRefusedWith409() {
        for (int i = 0; i < 3; i++) {
            assertThat(upload(volunteer, report, "image/png", TestImages.png(10 + i, 10))
                            .status())
                    .isEqualTo(201);
        }

        ApiResponse fourth = upload(volunteer, report, "image/png", TestImages.png(20, 20));

        assertThat(fourth.status()).as(fourth.toString()).isEqualTo(409);
        assertThat(fourth.code()).isEqualTo("TOO_MANY_PHOTOS");
        assertThat(photosOf(report)).isEqualTo(3);
    }

    @Test
    void theSameUploadSentAgainWithItsKeyIsAnsweredAsTheFirstAndTheKeyKeepsNoImage() {
        String key = key();
        byte[] image = TestImages.encode(noise(300, 300), "png");

        ApiResponse first = upload(volunteer, report, "image/png", image, key);
        ApiResponse again = upload(volunteer, report, "image/png", image, key);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.json().get("photoId")).isEqualTo(first.json().get("photoId"));
        assertThat(photosOf(report)).isEqualTo(1);
        Integer kept = jdbc.queryForObject(
                "SELECT octet_length(response_body) + octet_length(request_hash) FROM idempotency_record"
                        + " WHERE idempotency_key = ?",
                Integer.class,
                key);
        assertThat(kept).isLessThan(1000);
        assertThat(upload(volunteer, report, "image/png", TestImages.png(9, 9), key)
                        .code())
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void onlyTheReportsReadersSeeItsPhotos() {
        String photoId = upload(volunteer, report, "image/png", TestImages.png(12, 12))
                .json()
                .get("photoId")
                .asText();
        String otherCard = ledger.card(station);
        ApiClient otherVolunteer = user("VOLUNTEER", "\"cardId\":\"" + otherCard + "\"");
        ApiClient staffHere = user("STAFF", "\"stationIds\":[\"" + station + "\"]");
        ApiClient staffElsewhere = user("STAFF", "\"stationIds\":[\"" + ledger.station() + "\"]");

        assertThat(otherVolunteer
                        .getBytes(photoPath(report, photoId), "image/*")
                        .statusCode())
                .isEqualTo(404);
        assertThat(otherVolunteer.get(photoPath(report, photoId), "image/*").code())
                .isEqualTo("REPORT_NOT_FOUND");
        assertThat(upload(otherVolunteer, report, "image/png", TestImages.png(8, 8))
                        .code())
                .isEqualTo("REPORT_NOT_FOUND");
        assertThat(staffElsewhere.get(photoPath(report, photoId), "image/*").code())
                .isEqualTo("WRONG_STATION");
        assertThat(staffHere.getBytes(photoPath(report, photoId), "image/*").statusCode())
                .isEqualTo(200);
        assertThat(volunteer.getBytes(photoPath(report, photoId), "image/*").statusCode())
                .isEqualTo(200);
        assertThat(admin.get(photoPath(report, UUID.randomUUID().toString()), "image/*")
                        .code())
                .isEqualTo("PHOTO_NOT_FOUND");
        assertThat(admin.get(photoPath(UUID.randomUUID().toString(), photoId), "image/*")
                        .code())
                .isEqualTo("REPORT_NOT_FOUND");
    }

    @Test
    void erasureDropsTheBytesAndLeavesTheLogByteIdenticalAndItsChainVerifying() {
        String photoId = upload(volunteer, report, "image/png", PhotoFixture.taggedPng())
                .json()
                .get("photoId")
                .asText();
        assertThat(admin.get("/api/v1/audit/verification").json().get("ok").asBoolean())
                .isTrue();
        long last = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        List<Map<String, Object>> before = eventsUpTo(last);

        ApiResponse erased =
                admin.post(photoPath(report, photoId) + "/erasure", key(), "{\"reason\":\"a face is visible\"}");

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.json().get("erasedBy").asText()).isEqualTo("admin");
        assertThat(eventsUpTo(last)).usingRecursiveComparison().isEqualTo(before);
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

    private List<Map<String, Object>> eventsUpTo(long last) {
        return jdbc.queryForList(
                "SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, payload_type,"
                        + " payload, meta_data, time_stamp FROM domain_event_entry WHERE global_index <= ?"
                        + " ORDER BY global_index",
                last);
    }

    private int photosOf(String reportId) {
        return jdbc.queryForObject("SELECT count(*) FROM report_photo WHERE report_id = ?", Integer.class, reportId);
    }

    private ApiClient user(String role, String scope) {
        String name = "ph-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\"," + scope
                        + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return admin.as(name, PASSWORD);
    }

    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(16);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }
}
