package org.pointsbank.api.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.photo.PhotoFixture.photoPath;
import static org.pointsbank.api.photo.PhotoFixture.upload;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;

class PhotosIT extends PhotoScene {

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
}
