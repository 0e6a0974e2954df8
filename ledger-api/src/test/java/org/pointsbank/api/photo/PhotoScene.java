package org.pointsbank.api.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Random;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A report of a volunteer's card at a station of its own, to attach photos to, and the photo ITs' helpers. */
abstract class PhotoScene extends IntegrationTest {

    private static final String PASSWORD = "photo-password-1";

    @Autowired
    private CommandGateway gateway;

    protected String station;
    protected String card;
    protected String report;
    protected ApiClient volunteer;

    @BeforeEach
    void aReportOfAVolunteersCard() {
        station = ledger.station();
        card = ledger.card(station);
        report = new PhotoFixture(gateway, admin).report(card, station);
        volunteer = user("VOLUNTEER", "\"cardId\":\"" + card + "\"");
    }

    protected int photosOf(String reportId) {
        return jdbc.queryForObject("SELECT count(*) FROM report_photo WHERE report_id = ?", Integer.class, reportId);
    }

    protected ApiClient user(String role, String scope) {
        String name = "ph-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\"," + scope
                        + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return admin.as(name, PASSWORD);
    }

    protected static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(16);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }
}
