package org.pointsbank.api.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pointsbank.api.config.PointsBankProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CheckInUrlsTest {

    private static CheckInUrls under(String publicUrl) {
        PointsBankProperties properties = new Binder(
                        new MapConfigurationPropertySource(Map.of("pointsbank.public-url", publicUrl)))
                .bindOrCreate("pointsbank", PointsBankProperties.class);
        return new CheckInUrls(properties);
    }

    @ParameterizedTest
    @CsvSource({
        "http://localhost:8080, http://localhost:8080/me/check-in?activity=a-1&code=01234567",
        "https://points.example.org/, https://points.example.org/me/check-in?activity=a-1&code=01234567",
        "https://example.org/points, https://example.org/points/me/check-in?activity=a-1&code=01234567"
    })
    void anActivitysPageIsUnderThePublicUrl(String base, String expected) {
        assertThat(under(base).activityCheckIn("a-1", "01234567")).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "yungu, http://localhost:8080/me/reading-room?station=yungu&code=76543210",
        "云谷 & co, http://localhost:8080/me/reading-room?station=%E4%BA%91%E8%B0%B7%20%26%20co&code=76543210"
    })
    void aReadingRoomsPageNamesItsStationEncoded(String station, String expected) {
        assertThat(under("http://localhost:8080").readingRoom(station, "76543210"))
                .hasToString(expected);
    }
}
