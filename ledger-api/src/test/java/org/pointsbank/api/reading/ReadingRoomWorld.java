package org.pointsbank.api.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.checkin.CheckInCodes;

/** Stations, volunteers with their cards, and the doors' current codes, for the reading-room tests. */
final class ReadingRoomWorld {

    static final String PASSWORD = "reading-room-password-1";

    private final ApiClient admin;
    private final LedgerFixture ledger;
    private final CheckInCodes codes;
    private final int port;

    ReadingRoomWorld(ApiClient admin, CheckInCodes codes, int port) {
        this.admin = admin;
        this.ledger = new LedgerFixture(admin);
        this.codes = codes;
        this.port = port;
    }

    /** A volunteer signed in as the holder of a new card of {@code station}. */
    record Volunteer(String cardId, ApiClient client) {}

    Volunteer volunteerAt(String station) {
        String card = ledger.card(station);
        String username = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                UUID.randomUUID().toString(),
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"VOLUNTEER\","
                        + "\"cardId\":\"" + card + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Volunteer(card, new ApiClient(port, username, PASSWORD));
    }

    /** The code on the station's reading-room door now, by the service's clock. */
    String code(String station) {
        return codes.current(CheckInCodes.readingRoomScope(station)).code();
    }

    static String body(String code) {
        return "{\"code\":\"" + code + "\"}";
    }

    static ApiResponse start(Volunteer volunteer, String station, String code) {
        return start(volunteer, station, code, UUID.randomUUID().toString());
    }

    static ApiResponse start(Volunteer volunteer, String station, String code, String key) {
        return volunteer.client().post("/api/v1/stations/" + station + "/reading-room/sessions", key, body(code));
    }

    static ApiResponse end(Volunteer volunteer, String sessionId, String code) {
        return end(volunteer, sessionId, code, UUID.randomUUID().toString());
    }

    static ApiResponse end(Volunteer volunteer, String sessionId, String code, String key) {
        return volunteer.client().post("/api/v1/reading-sessions/" + sessionId + "/end", key, body(code));
    }
}
