package org.pointsbank.api.certificate;

import jakarta.annotation.PostConstruct;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.pointsbank.api.http.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The TrueType font with Chinese glyphs a certificate's PDF embeds (a subset of it), from {@code
 * pointsbank.certificates.font-file}: by default Debian's WenQuanYi Micro Hei collection. A collection (TTC) gives its
 * {@value #FONT_NAME}, else its first font; a single TrueType file is taken as it is. (Noto CJK is CFF-flavoured
 * OpenType, which PDFBox cannot subset into a Type 0 font: do not use it.) The file's bytes are read once; each PDF
 * parses its own font from them, since a parsed font is not safe to share between threads, and keeps it open until
 * the document is saved, when the subset is made. Without the file a PDF is answered 503 CERTIFICATE_FONT_MISSING,
 * and the service warns at start.
 */
@Component
public class CertificateFont {

    static final String FONT_NAME = "WenQuanYiMicroHei";
    static final String DEFAULT_FILE = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    private static final Logger LOG = LoggerFactory.getLogger(CertificateFont.class);

    private final Path file;
    private final AtomicReference<byte[]> bytes = new AtomicReference<>();

    public CertificateFont(@Value("${pointsbank.certificates.font-file:" + DEFAULT_FILE + "}") Path file) {
        this.file = file;
    }

    @PostConstruct
    void warnIfMissing() {
        if (!Files.isReadable(file)) {
            LOG.warn("{}: certificates' PDFs will answer 503 CERTIFICATE_FONT_MISSING", missing());
        }
    }

    /**
     * Loads the font into {@code document}; the answer must be closed after the document is saved (not before: the
     * subset is embedded at save).
     */
    public Loaded load(PDDocument document) {
        byte[] data = data();
        try {
            if (file.getFileName().toString().toLowerCase().endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(data));
                TrueTypeFont font = collection.getFontByName(FONT_NAME);
                if (font == null) {
                    AtomicReference<TrueTypeFont> first = new AtomicReference<>();
                    collection.processAllFonts(each -> first.compareAndSet(null, each));
                    font = first.get();
                }
                return new Loaded(PDType0Font.load(document, font, true), collection);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data));
            return new Loaded(PDType0Font.load(document, font, true), font);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the certificate font " + file, e);
        }
    }

    private byte[] data() {
        byte[] data = bytes.get();
        if (data != null) {
            return data;
        }
        try {
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "CERTIFICATE_FONT_MISSING", missing());
        }
        bytes.compareAndSet(null, data);
        return bytes.get();
    }

    private String missing() {
        return "the font file " + file + " for the certificates' Chinese text is missing: apt-get install"
                + " fonts-wqy-microhei, or set pointsbank.certificates.font-file to a TrueType font (TTF or TTC)";
    }

    /** A font loaded into one document, with what must stay open until that document is saved. */
    public record Loaded(PDType0Font font, Closeable source) implements Closeable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
