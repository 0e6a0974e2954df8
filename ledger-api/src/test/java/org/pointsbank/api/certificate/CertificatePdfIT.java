package org.pointsbank.api.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.qr.QrDecoding;

/**
 * A certificate's PDF holds the figures the API reports for its card, in embedded Chinese glyphs, and a QR code of
 * its public verification, which anyone may open: valid until an entry it counted is reversed.
 */
class CertificatePdfIT extends IntegrationTest {

    @Test
    void thePdfHoldsTheCardsFiguresAndAQrCodeOfAVerificationThatTurnsInvalidOnAReversal() throws IOException {
        CertificateWorld world = CertificateWorld.create(admin, ledger.station(), port);
        String counted = ledger.credited(world.cardId(), world.station(), 90, today());
        assertThat(ledger.study(world.cardId(), world.station(), 60, today()).status())
                .isEqualTo(201);
        JsonNode card = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> admin.get("/api/v1/cards/" + world.cardId()).json(),
                        json -> json.path("studyMinutes").asInt() == 60);

        ApiResponse issued = world.issue(world.volunteer(), null);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        JsonNode certificate = issued.json();
        assertThat(certificate.get("volunteerMinutes").asInt())
                .isEqualTo(card.get("volunteerMinutes").asInt())
                .isEqualTo(90);
        assertThat(certificate.get("studyMinutes").asInt())
                .isEqualTo(card.get("studyMinutes").asInt());
        assertThat(certificate.get("number").asText())
                .isEqualTo(world.station().toUpperCase() + "-" + today().getYear() + "-000001");
        String id = certificate.get("certificateId").asText();

        byte[] pdf =
                await().atMost(Duration.ofSeconds(10)).until(() -> pdf(world.volunteer(), id), bytes -> bytes != null);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("志愿服务记录证明", "Certificate of Volunteer Service", CertificateWorld.HOLDER)
                    .contains(certificate.get("number").asText())
                    .contains("(" + card.get("volunteerMinutes").asInt() + " 分钟 / minutes)")
                    .contains("(" + card.get("studyMinutes").asInt() + " 分钟 / minutes)")
                    .contains("1.5 小时");
            String url = QrDecoding.png(png(qrImage(document)));
            assertThat(url).endsWith("/api/v1/certificates/" + id + "/verification");
            String path = url.substring(url.indexOf("/api/"));
            ApiClient anyone = new ApiClient(port, null, null);
            JsonNode valid = anyone.get(path).json();
            assertThat(valid.get("valid").asBoolean()).isTrue();
            assertThat(valid.get("holder").asText()).isEqualTo("李**");
            assertThat(valid.has("reason")).isFalse();
            assertThat(valid.toString()).doesNotContain(world.cardId(), CertificateWorld.HOLDER);

            // an entry recorded after the certificate, then reversed: not counted, still valid
            String later = ledger.credited(world.cardId(), world.station(), 30, today());
            assertThat(ledger.reverse(world.cardId(), later).status()).isEqualTo(201);
            String marker = ledger.credited(world.cardId(), world.station(), 30, today());
            assertThat(ledger.reverse(world.cardId(), marker).status()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> jdbc.queryForObject(
                                    "SELECT count(*) FROM certificate_reversal WHERE entry_id = ?",
                                    Integer.class,
                                    marker)
                            == 1);
            assertThat(anyone.get(path).json().get("valid").asBoolean()).isTrue();

            assertThat(ledger.reverse(world.cardId(), counted).status()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(
                                    anyone.get(path).json().get("valid").asBoolean())
                            .isFalse());
            JsonNode invalid = anyone.get(path).json();
            assertThat(invalid.get("reason").asText()).isEqualTo("ENTRY_REVERSED");
            assertThat(invalid.get("reasonText").asText())
                    .isEqualTo("a counted entry was reversed on " + today())
                    .doesNotContain("entered twice");
            assertThat(world.volunteer()
                            .get("/api/v1/certificates/" + id)
                            .json()
                            .get("valid")
                            .asBoolean())
                    .isFalse();
            ApiResponse page = anyone.get(path, "text/html");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains(certificate.get("number").asText(), "李**");
        }
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedAndTakesNoNumber() {
        CertificateWorld world = CertificateWorld.create(admin, ledger.station(), port);
        ledger.credited(world.cardId(), world.station(), 60, today());

        ApiResponse refused =
                world.issue(admin, "{\"from\":\"" + today() + "\",\"to\":\"" + today().minusDays(1) + "\"}");
        ApiResponse future = world.issue(admin, "{\"to\":\"" + today().plusDays(1) + "\"}");
        ApiResponse issued = world.issue(admin, "{\"from\":\"" + today() + "\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("INVALID_CERTIFICATE_PERIOD");
        assertThat(future.status()).as(future.toString()).isEqualTo(422);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.json().get("number").asText()).endsWith("-000001");
    }

    /** Six cards of one station ask at once: the station's register numbers them 1 to 6, each once. */
    @Test
    void concurrentIssuesAtOneStationGetGapFreeUniqueNumbers() throws Exception {
        String station = ledger.station();
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String card = ledger.card(station);
            ledger.credited(card, station, 60, today());
            cards.add(card);
        }
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<ApiResponse>> answers = new ArrayList<>();
        try {
            for (String card : cards) {
                answers.add(clients.submit(() -> admin.post(
                        "/api/v1/cards/" + card + "/certificates",
                        UUID.randomUUID().toString(),
                        null)));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<ApiResponse> answer : answers) {
                ApiResponse issued = answer.get();
                assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
                numbers.add(issued.json().get("number").asText());
            }
            String prefix = station.toUpperCase() + "-" + today().getYear() + "-00000";
            assertThat(numbers)
                    .containsExactlyInAnyOrder(prefix + 1, prefix + 2, prefix + 3, prefix + 4, prefix + 5, prefix + 6);
        } finally {
            clients.shutdown();
        }
    }

    private static byte[] png(PDImageXObject image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image.getImage(), "png", out);
        return out.toByteArray();
    }

    private static byte[] pdf(ApiClient client, String id) {
        HttpResponse<byte[]> response = client.getBytes("/api/v1/certificates/" + id, "application/pdf");
        if (response.statusCode() != 200) {
            return null;
        }
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    private static PDImageXObject qrImage(PDDocument document) throws IOException {
        PDResources resources = document.getPage(0).getResources();
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        assertThat(images).hasSize(1);
        return images.get(0);
    }
}
