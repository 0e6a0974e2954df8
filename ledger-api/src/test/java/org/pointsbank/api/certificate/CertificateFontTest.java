package org.pointsbank.api.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.http.ApiException;

/** The certificate font: the WenQuanYi collection's font when installed, and 503 with the fix when it is missing. */
class CertificateFontTest {

    @Test
    void aMissingFontIsA503NamingThePackageAndTheSetting() throws Exception {
        CertificateFont font = new CertificateFont(Path.of("target/no-such-font.ttc"));
        try (PDDocument document = new PDDocument()) {
            assertThatThrownBy(() -> font.load(document))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status().value()).isEqualTo(503);
                        assertThat(e.code()).isEqualTo("CERTIFICATE_FONT_MISSING");
                    })
                    .hasMessageContaining("apt-get install fonts-wqy-microhei")
                    .hasMessageContaining("pointsbank.certificates.font-file");
        }
    }

    @Test
    void theCollectionGivesItsMicroHeiWithChineseGlyphs() throws Exception {
        CertificateFont font = new CertificateFont(Path.of(CertificateFont.DEFAULT_FILE));
        try (PDDocument document = new PDDocument();
                CertificateFont.Loaded loaded = font.load(document)) {
            assertThat(loaded.font().getName()).contains("WenQuanYiMicroHei");
            assertThat(loaded.font().hasGlyph(0x5fd7)).as("志").isTrue();
        }
    }

    @Test
    void aNameIsMaskedByCodePoints() {
        assertThat(Certificates.mask("李雷")).isEqualTo("李*");
        assertThat(Certificates.mask("𠮷野家")).isEqualTo("𠮷**");
        assertThat(Certificates.mask("Ann")).isEqualTo("A**");
    }
}
