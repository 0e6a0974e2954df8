package org.pointsbank.api.photo;

import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.core.report.api.SubmitReport;

/**
 * Reports to attach photos to, submitted straight to the report aggregate (the submission's own checks are the
 * reports' tests), and uploads of photos through HTTP.
 */
public final class PhotoFixture {

    private final CommandGateway gateway;

    public PhotoFixture(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** A new report of the card, handled by the station, as its volunteer would file it. */
    public String report(String cardId, String stationId) {
        String reportId = UUID.randomUUID().toString();
        gateway.sendAndWait(new SubmitReport(
                reportId,
                cardId,
                "photo-test",
                "photo-cell",
                stationId,
                "a broken drain cover",
                null,
                null,
                "photo-fixture"));
        return reportId;
    }

    public static ApiResponse upload(ApiClient client, String reportId, String contentType, byte[] image) {
        return upload(client, reportId, contentType, image, UUID.randomUUID().toString());
    }

    public static ApiResponse upload(ApiClient client, String reportId, String contentType, byte[] image, String key) {
        return client.sendBytes(
                "POST",
                "/api/v1/reports/" + reportId + "/photos",
                image,
                Map.of("Content-Type", contentType, "Idempotency-Key", key, "Accept", "application/json"));
    }

    public static String photoPath(String reportId, String photoId) {
        return "/api/v1/reports/" + reportId + "/photos/" + photoId;
    }

    /** A small PNG with a text chunk and an EXIF chunk, as a phone might send it. */
    public static byte[] taggedPng() {
        return TestImages.pngWith(
                TestImages.png(40, 30),
                TestImages.chunk("tEXt", TestImages.ascii("GPS\0" + "30.25N 120.10E")),
                TestImages.chunk("eXIf", TestImages.exifWithGps()));
    }
}
