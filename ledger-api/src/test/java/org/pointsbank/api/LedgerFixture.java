package org.pointsbank.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

/** Builds ledger state through the API so tests say only what matters to them. */
public final class LedgerFixture {

    private final ApiClient client;

    public LedgerFixture(ApiClient client) {
        this.client = client;
    }

    /** A new station with a unique slug. */
    public String station() {
        String id = "st-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse response = client.post(
                "/api/v1/stations",
                UUID.randomUUID().toString(),
                "{\"id\":\"" + id + "\",\"name\":\"Station " + id + "\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return id;
    }

    public String card(String stationId) {
        ApiResponse response =
                client.post("/api/v1/cards", UUID.randomUUID().toString(), "{\"stationId\":\"" + stationId + "\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("cardId").asText();
    }

    public ApiResponse volunteer(String cardId, String stationId, int minutes, LocalDate day) {
        return client.post(
                "/api/v1/cards/" + cardId + "/volunteer-hours",
                UUID.randomUUID().toString(),
                volunteerBody(stationId, minutes, day));
    }

    public ApiResponse study(String cardId, String stationId, int minutes, LocalDate day) {
        return client.post(
                "/api/v1/cards/" + cardId + "/study-sessions",
                UUID.randomUUID().toString(),
                "{\"stationId\":\"" + stationId + "\",\"topic\":\"civic study\",\"minutes\":" + minutes
                        + ",\"occurredOn\":\"" + day + "\"}");
    }

    public ApiResponse reverse(String cardId, String entryId) {
        return client.post(
                "/api/v1/cards/" + cardId + "/entries/" + entryId + "/reversal",
                UUID.randomUUID().toString(),
                "{\"reason\":\"entered twice\"}");
    }

    /** Credits and answers the new entry's id, failing the test if the credit is refused. */
    public String credited(String cardId, String stationId, int minutes, LocalDate day) {
        ApiResponse response = volunteer(cardId, stationId, minutes, day);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("entryId").asText();
    }

    /** Adds a gift to a station's shop and answers its id; {@code limit} null: no per-card monthly limit. */
    public String gift(String stationId, long pointsCost, int stock, Integer limit) {
        ApiResponse response = client.post(
                "/api/v1/stations/" + stationId + "/gifts",
                UUID.randomUUID().toString(),
                "{\"name\":\"thermos\",\"pointsCost\":" + pointsCost + ",\"stock\":" + stock
                        + (limit == null ? "" : ",\"perCardMonthlyLimit\":" + limit) + "}");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("giftId").asText();
    }

    public ApiResponse redeem(String cardId, String giftId, int quantity) {
        return client.post(
                "/api/v1/cards/" + cardId + "/redemptions",
                UUID.randomUUID().toString(),
                "{\"giftId\":\"" + giftId + "\",\"quantity\":" + quantity + "}");
    }

    /** Places a redemption and answers its id, failing the test if it is refused. */
    public String redeemed(String cardId, String giftId, int quantity) {
        ApiResponse response = redeem(cardId, giftId, quantity);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("redemptionId").asText();
    }

    /** {@code step}: fulfilment or cancellation. */
    public ApiResponse finish(String redemptionId, String step) {
        return client.post(
                "/api/v1/redemptions/" + redemptionId + "/" + step,
                UUID.randomUUID().toString(),
                "{}");
    }

    public static String volunteerBody(String stationId, int minutes, LocalDate day) {
        return "{\"stationId\":\"" + stationId + "\",\"activity\":\"park cleanup\",\"minutes\":" + minutes
                + ",\"occurredOn\":\"" + day + "\"}";
    }
}
