package org.pointsbank.api.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrCodeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pointsbank:card:6f1c2a9e-0d6b-4a53-9c1e-2b7f3e8d4a10",
                "https://points.example.org/me/check-in?activity=5b0e&code=04718265",
                "http://localhost:8080/me/reading-room?station=%E4%BA%91%E8%B0%B7&code=00000001"
            })
    void thePngAndTheSvgReadBackAsTheText(String text) {
        QrCode code = QrCode.of(text);
        assertThat(QrDecoding.png(code.png())).isEqualTo(text);
        assertThat(QrDecoding.svg(code.svg(), code.size())).isEqualTo(text);
    }

    @Test
    void thePngHasEightPixelsAModuleAndTheQuietZone() throws Exception {
        QrCode code = QrCode.of("pointsbank:card:6f1c2a9e-0d6b-4a53-9c1e-2b7f3e8d4a10");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(code.png()));
        assertThat(image.getWidth()).isEqualTo(code.size() * QrCode.PIXELS_PER_MODULE);
        assertThat(image.getHeight()).isEqualTo(image.getWidth());
        // a card's 52 characters fit version 4 at level M: 33 modules, plus 4 of quiet zone on each side
        assertThat(code.size()).isEqualTo(33 + 2 * QrCode.QUIET_ZONE);
        int quiet = QrCode.QUIET_ZONE * QrCode.PIXELS_PER_MODULE;
        for (int i = 0; i < image.getWidth(); i++) {
            assertThat(image.getRGB(i, quiet - 1) & 0xffffff).isEqualTo(0xffffff);
            assertThat(image.getRGB(quiet - 1, i) & 0xffffff).isEqualTo(0xffffff);
        }
        assertThat(image.getRGB(quiet, quiet) & 0xffffff)
                .as("a finder pattern's corner")
                .isZero();
    }

    @Test
    void theSvgIsOnePathOfTheModulesAtTheCodesSize() {
        QrCode code = QrCode.of("pointsbank:card:abc");
        String svg = code.svg();
        assertThat(QrDecoding.svgModules(svg)).isEqualTo(code.size());
        assertThat(svg).contains("width=\"" + code.size() * QrCode.PIXELS_PER_MODULE + "\"");
        assertThat(svg).containsOnlyOnce("<path ");
    }
}
