package org.pointsbank.api.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;

/** A station, a card with a holder named 李小龙 and the card's volunteer user, made through the API. */
record CertificateWorld(String station, String cardId, String username, ApiClient volunteer) {

    static final String HOLDER = "李小龙";
    static final String PASSWORD = "volunteer-password-1";

    static CertificateWorld create(ApiClient admin, String station, int port) {
        ApiResponse card = admin.post(
                "/api/v1/cards",
                UUID.randomUUID().toString(),
                "{\"stationId\":\"" + station + "\",\"holder\":{\"name\":\"" + HOLDER + "\"}}");
        assertThat(card.status()).as(card.toString()).isEqualTo(201);
        String cardId = card.json().get("cardId").asText();
        String username = "cert-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse user = admin.post(
                "/api/v1/users",
                UUID.randomUUID().toString(),
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"VOLUNTEER\","
                        + "\"cardId\":\"" + cardId + "\"}");
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        return new CertificateWorld(station, cardId, username, new ApiClient(port, username, PASSWORD));
    }

    ApiResponse issue(ApiClient client, String body) {
        return client.post(
                "/api/v1/cards/" + cardId + "/certificates", UUID.randomUUID().toString(), body);
    }
}
