package org.pointsbank.api.photo;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.core.category.api.AddReportCategory;
import org.pointsbank.core.grid.api.AddGridCell;
import org.pointsbank.core.grid.api.GridLevel;

/**
 * Reports to attach photos to, submitted through {@code POST /reports} on a grid cell and category of their own (added
 * straight to their aggregates), and uploads of photos through HTTP.
 */
public final class PhotoFixture {

    private final CommandGateway gateway;
    private final ApiClient admin;
    private final Map<String, String> cellOfStation = new ConcurrentHashMap<>();
    private String category;

    public PhotoFixture(CommandGateway gateway, ApiClient admin) {
        this.gateway = gateway;
        this.admin = admin;
    }

    /** A new report of the card, handled by the station, submitted by an admin on the holder's behalf. */
    public String report(String cardId, String stationId) {
        String cell = cellOfStation.computeIfAbsent(stationId, station -> {
            String id = "ph-cell-" + UUID.randomUUID().toString().substring(0, 8);
            gateway.sendAndWait(new AddGridCell(id, "photo county", GridLevel.COUNTY, null, null, station));
            return id;
        });
        ApiResponse submitted = admin.post(
                "/api/v1/reports",
                UUID.randomUUID().toString(),
                "{\"categoryCode\":\"" + category() + "\",\"gridCellId\":\"" + cell
                        + "\",\"description\":\"a broken drain cover\",\"cardId\":\"" + cardId + "\"}");
        if (submitted.status() != 201) {
            throw new IllegalStateException("report not submitted: " + submitted);
        }
        return submitted.json().get("reportId").asText();
    }

    private synchronized String category() {
        if (category == null) {
            category = "ph-" + UUID.randomUUID().toString().substring(0, 8);
            gateway.sendAndWait(new AddReportCategory(category, "photo test", 5, null));
        }
        return category;
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
