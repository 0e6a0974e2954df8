package org.pointsbank.api.pages.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.pages.PageClient;

/**
 * Staff may credit any card at their own station and serve any card at their own shop, as the API lets them; a card
 * they may not read must never show its figures at their desk. The exploit: staff of another station post the
 * desk's forms for the card (refused or not) and get back its balance, its statement lines and its redemptions.
 */
class CardDeskRedactionIT extends IntegrationTest {

    private String home;
    private String other;
    private String card;
    private String line;
    private String homeRedemption;
    private String otherGift;
    private PageClient homeDesk;
    private PageClient otherDesk;
    private String otherCsrf;

    @BeforeEach
    void aCardWithHistoryAtItsHomeStationAndADeskOfAnotherStation() throws Exception {
        home = ledger.station();
        other = ledger.station();
        card = ledger.card(home);
        line = ledger.credited(card, home, 90, today()); // balance 15
        homeRedemption = ledger.redeemed(card, ledger.gift(home, 5, 10, null), 1);
        otherGift = ledger.gift(other, 5, 10, null);
        homeDesk = new PageClient(port);
        homeDesk.signIn(DeskUsers.staff(admin, home), DeskUsers.PASSWORD);
        otherDesk = new PageClient(port);
        otherDesk.signIn(DeskUsers.staff(admin, other), DeskUsers.PASSWORD);
        otherCsrf = otherDesk.csrf("/desk");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> homeDesk.get("/desk/cards/" + card).body().contains(line)
                        && homeDesk.get("/desk/cards/" + card + "/redemptions")
                                .body()
                                .contains(homeRedemption));
    }

    @Test
    void aCreditRefusedAtAnotherStationsDeskShowsNoneOfTheCard() throws Exception {
        String path = "/desk/cards/" + card + "/volunteer-hours";

        HttpResponse<String> unbound = otherDesk.post(path, credit(other, ""));
        assertThat(unbound.statusCode()).isEqualTo(400);
        assertRedacted(unbound.body());
        HttpResponse<String> refused =
                otherDesk.post(path, credit(other, "90").replace(today().toString(), tomorrow()));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertRedacted(refused.body());
        assertThat(refused.body()).contains("日期不能在将来，也不能太早。");
        assertThat(admin.get("/api/v1/cards/" + card + "/entries").json().get("entries"))
                .as("nothing recorded")
                .hasSize(1);
    }

    @Test
    void aCreditRecordedAtAnotherStationsDeskShowsOnlyItsOwnPointsAndEntry() throws Exception {
        HttpResponse<String> recorded = otherDesk.post("/desk/cards/" + card + "/volunteer-hours", credit(other, "60"));

        assertThat(recorded.statusCode())
                .as("no redirect to a page they may not open")
                .isEqualTo(200);
        assertRedacted(recorded.body());
        assertThat(recorded.body()).contains("已记录：10 分").doesNotContain("新余额");
        assertThat(admin.get("/api/v1/cards/" + card + "/entries").json().get("entries"))
                .hasSize(2);
    }

    @Test
    void redemptionFormsAtAnotherStationsShopShowNoneOfTheCard() throws Exception {
        String place = "/desk/cards/" + card + "/redemptions";
        HttpResponse<String> unbound = otherDesk.post(place, redeem("0"));
        assertThat(unbound.statusCode()).isEqualTo(400);
        assertRedacted(unbound.body());
        HttpResponse<String> refused = otherDesk.post(place, redeem("9"));
        assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 499);
        assertRedacted(refused.body());
        assertThat(admin.get("/api/v1/cards/" + card + "/redemptions").json())
                .as("nothing recorded")
                .hasSize(1);

        String ours = ledger.redeemed(card, otherGift, 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> admin.get("/api/v1/cards/" + card + "/redemptions")
                                .json()
                                .size()
                        == 2);
        HttpResponse<String> tooLong =
                otherDesk.post("/desk/redemptions/" + ours + "/cancellation", form() + "&reason=" + "x".repeat(501));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertRedacted(tooLong.body());
        assertThat(ledger.finish(ours, "cancellation").status()).isBetween(200, 299);
        HttpResponse<String> finished = otherDesk.post("/desk/redemptions/" + ours + "/fulfilment", form());
        assertThat(finished.statusCode()).as(finished.body()).isBetween(400, 499);
        assertRedacted(finished.body());
        assertThat(finished.body()).contains("id=\"redemption-refusal\"");

        HttpResponse<String> placed = otherDesk.post(place, redeem("1"));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        assertRedacted(placed.body());
        assertThat(placed.body()).contains("已预留礼品：5 分。");
    }

    @Test
    void staffOfTheCardsStationStillSeeTheWholeCard() throws Exception {
        String csrf = homeDesk.csrf("/desk");
        HttpResponse<String> refused = homeDesk.post(
                "/desk/cards/" + card + "/volunteer-hours",
                "_csrf=" + csrf + "&formKey=" + formKey() + "&stationId=" + home + "&activity=x&minutes=&occurredOn="
                        + today());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<dd id=\"balance\">15</dd>").contains(line);
        HttpResponse<String> redemptions = homeDesk.get("/desk/cards/" + card + "/redemptions");
        assertThat(redemptions.body()).contains("<dd id=\"balance\">15</dd>").contains(homeRedemption);
    }

    private void assertRedacted(String body) {
        assertThat(body)
                .contains("id=\"redacted\"")
                .doesNotContain("id=\"balance\"")
                .doesNotContain("id=\"available\"")
                .doesNotContain("id=\"statement\"")
                .doesNotContain(line)
                .doesNotContain(homeRedemption);
    }

    private String credit(String station, String minutes) {
        return form() + "&stationId=" + station + "&activity=" + enc("Park clean-up 公园清洁") + "&minutes=" + minutes
                + "&occurredOn=" + today();
    }

    private String redeem(String quantity) {
        return form() + "&giftId=" + otherGift + "&quantity=" + quantity;
    }

    private String form() {
        return "_csrf=" + otherCsrf + "&formKey=" + formKey();
    }

    private String tomorrow() {
        return today().plusDays(1).toString();
    }

    private static String formKey() {
        return "form-" + UUID.randomUUID();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
