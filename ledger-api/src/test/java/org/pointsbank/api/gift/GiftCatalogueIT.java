package org.pointsbank.api.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;

/** A station's gift catalogue through HTTP: add, list, restock, reprice, retire, and what is refused. */
class GiftCatalogueIT extends IntegrationTest {

    private ApiResponse add(String station, String body) {
        return admin.post("/api/v1/stations/" + station + "/gifts", key(), body);
    }

    private ApiResponse change(String station, String giftId, String what, String body) {
        return admin.post("/api/v1/stations/" + station + "/gifts/" + giftId + "/" + what, key(), body);
    }

    @Test
    void aGiftIsAddedListedRestockedRepricedAndRetired() {
        String station = ledger.station();
        ApiResponse added =
                add(station, "{\"name\":\" Thermos \",\"pointsCost\":120,\"stock\":10,\"perCardMonthlyLimit\":2}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String gift = added.json().get("giftId").asText();
        assertThat(added.json().get("name").asText()).isEqualTo("Thermos");
        assertThat(added.json().get("status").asText()).isEqualTo("AVAILABLE");

        assertThat(change(station, gift, "restock", "{\"quantity\":5}")
                        .json()
                        .get("stock")
                        .asInt())
                .isEqualTo(15);
        assertThat(change(station, gift, "price", "{\"pointsCost\":150}")
                        .json()
                        .get("pointsCost")
                        .asLong())
                .isEqualTo(150);
        JsonNode listed =
                admin.get("/api/v1/stations/" + station + "/gifts").json().get(0);
        assertThat(listed.get("stock").asInt()).isEqualTo(15);
        assertThat(listed.get("pointsCost").asLong()).isEqualTo(150);
        assertThat(listed.get("perCardMonthlyLimit").asInt()).isEqualTo(2);

        assertThat(change(station, gift, "retirement", "{}")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("RETIRED");
        assertThat(admin.get("/api/v1/stations/" + station + "/gifts")
                        .json()
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("RETIRED");
        assertThat(change(station, gift, "restock", "{\"quantity\":1}").code()).isEqualTo("GIFT_RETIRED");
        assertThat(change(station, gift, "price", "{\"pointsCost\":1}").code()).isEqualTo("GIFT_RETIRED");
        // every change is an event of the gift
        assertThat(jdbc.queryForList(
                        "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " ORDER BY sequence_number",
                        String.class,
                        gift))
                .extracting(t -> t.substring(t.lastIndexOf('.') + 1))
                .containsExactly("GiftAdded", "GiftRestocked", "GiftPriceChanged", "GiftRetired");
        // and the audit trail says where each happened and who did it
        await().untilAsserted(() -> assertThat(jdbc.queryForList(
                        "SELECT station_id || ' ' || actor FROM audit_entry WHERE aggregate_identifier = ?",
                        String.class,
                        gift))
                .containsExactly(station + " admin", station + " admin", station + " admin", station + " admin"));
    }

    @Test
    void badTermsAreRefusedWithTheFieldAtFaultAndChangeNothing() {
        String station = ledger.station();
        ApiResponse free = add(station, "{\"name\":\"mug\",\"pointsCost\":0,\"stock\":1}");
        assertThat(free.status()).isEqualTo(400);
        assertThat(free.json().get("errors").get(0).get("field").asText()).isEqualTo("pointsCost");
        assertThat(add(station, "{\"name\":\"mug\",\"pointsCost\":5,\"stock\":-1}")
                        .status())
                .isEqualTo(400);
        assertThat(add(station, "{\"name\":\" \",\"pointsCost\":5,\"stock\":1}").status())
                .isEqualTo(400);
        assertThat(add(station, "{\"name\":\"mug\",\"pointsCost\":5,\"stock\":1,\"perCardMonthlyLimit\":0}")
                        .status())
                .isEqualTo(400);
        assertThat(admin.get("/api/v1/stations/" + station + "/gifts").json()).isEmpty();

        String gift = add(station, "{\"name\":\"mug\",\"pointsCost\":5,\"stock\":1}")
                .json()
                .get("giftId")
                .asText();
        assertThat(change(station, gift, "restock", "{\"quantity\":0}").status())
                .isEqualTo(400);
        assertThat(change(station, gift, "restock", "{\"quantity\":100000}").code())
                .isEqualTo("INVALID_GIFT_TERMS");
        assertThat(admin.get("/api/v1/stations/" + station + "/gifts")
                        .json()
                        .get(0)
                        .get("stock")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aGiftIsChangedOnlyThroughItsOwnStation() {
        String station = ledger.station();
        String other = ledger.station();
        String gift = add(station, "{\"name\":\"mug\",\"pointsCost\":5,\"stock\":1}")
                .json()
                .get("giftId")
                .asText();
        assertThat(change(other, gift, "restock", "{\"quantity\":1}").code()).isEqualTo("GIFT_NOT_FOUND");
        assertThat(change(station, UUID.randomUUID().toString(), "price", "{\"pointsCost\":2}")
                        .code())
                .isEqualTo("GIFT_NOT_FOUND");
        assertThat(add("nowhere-" + UUID.randomUUID(), "{\"name\":\"mug\",\"pointsCost\":5,\"stock\":1}")
                        .code())
                .isEqualTo("STATION_NOT_FOUND");
    }

    @Test
    void aRetriedAdditionWithTheSameKeyAddsOneGift() {
        String station = ledger.station();
        String idempotencyKey = key();
        String body = "{\"name\":\"mug\",\"pointsCost\":5,\"stock\":1}";
        ApiResponse first = admin.post("/api/v1/stations/" + station + "/gifts", idempotencyKey, body);
        ApiResponse again = admin.post("/api/v1/stations/" + station + "/gifts", idempotencyKey, body);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(admin.get("/api/v1/stations/" + station + "/gifts").json()).hasSize(1);
    }
}
