package org.pointsbank.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.LedgerFixture;

/**
 * Staff of another station may credit any card for work at their station and hand over their shop's gift for
 * any card presented, but a refusal tells them nothing about a card they cannot read: the status, code and field
 * stay, the detail is one fixed sentence. Two cards in different states give them the same refusal, word for word;
 * the admin (who may read the card) still gets the rule's own message.
 */
class RefusalsLeakNothingIT extends IntegrationTest {

    private static final String PASSWORD = "refusals-leak-nothing-1";

    private ApiClient staffOf(String station) {
        String name = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"STAFF\",\"stationIds\":[\""
                        + station + "\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return admin.as(name, PASSWORD);
    }

    /** A card at {@code station} credited {@code minutes} of volunteer work today. */
    private String card(String station, int minutes) {
        String card = ledger.card(station);
        if (minutes > 0) {
            ledger.credited(card, station, minutes, today());
        }
        return card;
    }

    /** The refusal as the caller sees it, the card's id blanked: what must not differ between two cards. */
    private static String seen(ApiResponse response, String card) {
        return response.status() + " " + response.body().replace(card, "CARD");
    }

    private static void assertRedacted(ApiResponse response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        JsonNode problem = response.json();
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("detail").asText())
                .as(response.toString())
                .contains(code)
                .contains("only to those who may read the card")
                .doesNotContainPattern("\\d+ (points|minutes)");
        problem.path("errors")
                .forEach(error -> assertThat(error.get("message").asText())
                        .isEqualTo(problem.get("detail").asText()));
    }

    @Test
    void aCreditRefusedByACardsDailyCapTellsStaffOfAnotherStationNothingAboutIt() {
        String home = ledger.station();
        String away = ledger.station();
        String busy = card(home, 720);
        String idle = card(home, 700);
        LedgerFixture awayDesk = new LedgerFixture(staffOf(away));

        ApiResponse busyRefusal = awayDesk.volunteer(busy, away, 60, today());
        ApiResponse idleRefusal = awayDesk.volunteer(idle, away, 60, today());

        assertRedacted(busyRefusal, 422, "DAILY_LIMIT_EXCEEDED");
        assertThat(busyRefusal.json().path("errors").path(0).path("field").asText())
                .isEqualTo("minutes");
        assertThat(seen(busyRefusal, busy)).isEqualTo(seen(idleRefusal, idle));
        assertThat(ledger.volunteer(busy, away, 60, today())
                        .json()
                        .get("detail")
                        .asText())
                .as("who may read the card is told why")
                .contains("720 minutes already credited");
    }

    @Test
    void aRedemptionRefusedForWantOfPointsTellsTheShopNothingAboutTheCard() {
        String home = ledger.station();
        String shop = ledger.station();
        String rich = card(home, 600);
        String poor = card(home, 60);
        String gift = ledger.gift(shop, 500, 5, null);
        LedgerFixture shopDesk = new LedgerFixture(staffOf(shop));

        ApiResponse richRefusal = shopDesk.redeem(rich, gift, 1);
        ApiResponse poorRefusal = shopDesk.redeem(poor, gift, 1);

        assertRedacted(richRefusal, 409, "INSUFFICIENT_POINTS");
        assertThat(richRefusal.body()).doesNotContain("100");
        assertThat(seen(richRefusal, rich)).isEqualTo(seen(poorRefusal, poor));
        assertThat(ledger.redeem(rich, gift, 1).json().get("detail").asText()).contains("100 points available");
    }

    @Test
    void aCardThatIsNotActiveIsSaidSoByItsCodeOnly() {
        String home = ledger.station();
        String away = ledger.station();
        String closed = card(home, 60);
        ApiResponse closure = admin.post("/api/v1/cards/" + closed + "/closure", key(), "{\"reason\":\"moved away\"}");
        assertThat(closure.status()).as(closure.toString()).isEqualTo(200);
        LedgerFixture awayDesk = new LedgerFixture(staffOf(away));

        assertRedacted(awayDesk.volunteer(closed, away, 60, today()), 409, "CARD_NOT_ACTIVE");
    }
}
