package org.pointsbank.api.checkin;

import java.net.URI;
import org.pointsbank.api.config.PointsBankProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The volunteer pages a check-in QR code opens, under {@code pointsbank.public-url}: {@code
 * /me/check-in?activity={activityId}&code={code}} checks in to (or out of) an activity, {@code
 * /me/reading-room?station={stationId}&code={code}} starts (or ends) a reading-room session. The pages serve these
 * URLs; the code in them is the one the page sends on.
 */
@Component
public class CheckInUrls {

    private final URI base;

    public CheckInUrls(PointsBankProperties properties) {
        this.base = properties.publicUrl();
    }

    public URI activityCheckIn(String activityId, String code) {
        return page("/me/check-in", "activity", activityId, code);
    }

    public URI readingRoom(String stationId, String code) {
        return page("/me/reading-room", "station", stationId, code);
    }

    private URI page(String path, String idName, String id, String code) {
        return UriComponentsBuilder.fromUri(base)
                .path(path)
                .queryParam(idName, id)
                .queryParam("code", code)
                .encode()
                .build()
                .toUri();
    }
}
