package org.pointsbank.api.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.qr.QrDecoding;

/** {@code GET /cards/{cardId}/qr}: the card's name as a QR code, PNG or SVG, to who may read the card. */
class CardQrIT extends IntegrationTest {

    private String card() {
        String card = ledger.card(ledger.station());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> admin.get("/api/v1/cards/" + card).status() == 200);
        return card;
    }

    @Test
    void thePngNamesTheCard() {
        String card = card();
        for (String accept : new String[] {"image/png", "*/*", "image/*"}) {
            HttpResponse<byte[]> png = admin.getBytes("/api/v1/cards/" + card + "/qr", accept);
            assertThat(png.statusCode()).as(accept).isEqualTo(200);
            assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
            assertThat(QrDecoding.png(png.body())).isEqualTo("pointsbank:card:" + card);
        }
    }

    @Test
    void theSvgNamesTheCard() {
        String card = card();
        HttpResponse<byte[]> svg = admin.getBytes("/api/v1/cards/" + card + "/qr", "image/svg+xml");
        assertThat(svg.statusCode()).isEqualTo(200);
        String text = new String(svg.body(), StandardCharsets.UTF_8);
        assertThat(QrDecoding.svg(text, QrDecoding.svgModules(text))).isEqualTo("pointsbank:card:" + card);
    }

    @Test
    void anUnknownCardIsNotFoundEvenToAdmins() {
        HttpResponse<byte[]> unknown = admin.getBytes("/api/v1/cards/no-such-card/qr", "image/png");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("CARD_NOT_FOUND");
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void jsonIsNotAnAnswerItHas() {
        ApiResponse json = admin.get("/api/v1/cards/" + card() + "/qr", "application/json");
        assertThat(json.status()).isEqualTo(406);
        assertThat(json.code()).isEqualTo("NOT_ACCEPTABLE");
    }
}
