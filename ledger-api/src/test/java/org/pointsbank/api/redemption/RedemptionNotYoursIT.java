package org.pointsbank.api.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.LedgerFixture;

/**
 * A redemption that is not yours answers exactly as one that does not exist: 404 REDEMPTION_NOT_FOUND, for
 * reading it and for fulfilling or cancelling it. Who may read it but not finish it (staff of the card's
 * station when the gift is another station's, the card's volunteer) is told why: 403 WRONG_STATION / FORBIDDEN.
 */
class RedemptionNotYoursIT extends IntegrationTest {

    private static final String PASSWORD = "redemption-not-yours-1";

    private ApiClient user(String role, String scope) {
        String name = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\"," + scope
                        + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return admin.as(name, PASSWORD);
    }

    private ApiClient staffOf(String station) {
        return user("STAFF", "\"stationIds\":[\"" + station + "\"]");
    }

    private ApiClient volunteerOf(String card) {
        return user("VOLUNTEER", "\"cardId\":\"" + card + "\"");
    }

    /** A redemption at {@code giftStation}'s shop for a new card with 100 points issued at {@code cardStation}. */
    private String[] redemption(String cardStation, String giftStation) {
        String card = ledger.card(cardStation);
        ledger.credited(card, cardStation, 600, today());
        String gift = ledger.gift(giftStation, 10, 5, null);
        return new String[] {card, ledger.redeemed(card, gift, 1)};
    }

    /** The response with the redemption's id blanked: what is left must not tell one id from another. */
    private static String withoutId(ApiResponse response, String id) {
        return response.status() + " " + response.body().replace(id, "ID");
    }

    @Test
    void someoneElsesRedemptionAnswersAsAnUnknownOne() {
        String station = ledger.station();
        String[] placed = redemption(station, station);
        String redemption = placed[1];
        String unknown = UUID.randomUUID().toString();
        ApiClient otherDesk = staffOf(ledger.station());
        ApiClient otherVolunteer = volunteerOf(ledger.card(station));

        for (ApiClient stranger : new ApiClient[] {otherDesk, otherVolunteer}) {
            ApiResponse read = stranger.get("/api/v1/redemptions/" + redemption);
            assertThat(read.status()).as(read.toString()).isEqualTo(404);
            assertThat(read.code()).isEqualTo("REDEMPTION_NOT_FOUND");
            assertThat(withoutId(read, redemption))
                    .isEqualTo(withoutId(stranger.get("/api/v1/redemptions/" + unknown), unknown));
            for (String step : new String[] {"fulfilment", "cancellation"}) {
                LedgerFixture as = new LedgerFixture(stranger);
                ApiResponse refused = as.finish(redemption, step);
                assertThat(withoutId(refused, redemption))
                        .as(step)
                        .isEqualTo(withoutId(as.finish(unknown, step), unknown));
                assertThat(refused.code()).isEqualTo("REDEMPTION_NOT_FOUND");
            }
        }
        assertThat(admin.get("/api/v1/redemptions/" + redemption)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("RESERVED");
    }

    @Test
    void whoMayReadARedemptionButNotFinishItIsToldWhy() {
        String cardStation = ledger.station();
        String shop = ledger.station();
        String[] placed = redemption(cardStation, shop);
        String redemption = placed[1];
        ApiClient cardDesk = staffOf(cardStation);
        ApiClient holder = volunteerOf(placed[0]);

        assertThat(cardDesk.get("/api/v1/redemptions/" + redemption).status()).isEqualTo(200);
        assertThat(holder.get("/api/v1/redemptions/" + redemption).status()).isEqualTo(200);
        for (String step : new String[] {"fulfilment", "cancellation"}) {
            ApiResponse wrongShop = new LedgerFixture(cardDesk).finish(redemption, step);
            assertThat(wrongShop.status()).as(wrongShop.toString()).isEqualTo(403);
            assertThat(wrongShop.code()).isEqualTo("WRONG_STATION");
            ApiResponse notStaff = new LedgerFixture(holder).finish(redemption, step);
            assertThat(notStaff.status()).as(notStaff.toString()).isEqualTo(403);
            assertThat(notStaff.code()).isEqualTo("FORBIDDEN");
        }
        assertThat(new LedgerFixture(staffOf(shop))
                        .finish(redemption, "fulfilment")
                        .status())
                .isEqualTo(200);
    }
}
