package org.pointsbank.api.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

class QrImagesTest {

    private static final List<MediaType> JSON_PNG_SVG =
            List.of(MediaType.APPLICATION_JSON, MediaType.IMAGE_PNG, QrImages.SVG_TYPE);
    private static final List<MediaType> PNG_SVG = List.of(MediaType.IMAGE_PNG, QrImages.SVG_TYPE);

    @ParameterizedTest(name = "Accept: {0} → {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "none | application/json",
                "'' | application/json",
                "*/* | application/json",
                "application/json | application/json",
                "image/png | image/png",
                "image/svg+xml | image/svg+xml",
                "image/* | image/png",
                "'image/png;q=0.5, image/svg+xml' | image/svg+xml",
                "'text/html, image/svg+xml;q=0.9, */*;q=0.1' | image/svg+xml",
                "'application/json;q=0, */*' | image/png",
                "not a media type | application/json"
            })
    void theCheckInCodeAnswersWhatAcceptPrefers(String accept, String expected) {
        assertThat(QrImages.preferred(accept, JSON_PNG_SVG)).hasToString(expected);
    }

    @ParameterizedTest(name = "Accept: {0} → {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "none | image/png",
                "*/* | image/png",
                "image/svg+xml | image/svg+xml",
                "'image/png;q=0, image/*' | image/svg+xml"
            })
    void aCardsQrCodeIsAPngUnlessAskedForSvg(String accept, String expected) {
        assertThat(QrImages.preferred(accept, PNG_SVG)).hasToString(expected);
    }
}
