package org.pointsbank.api.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The QR code of a text: error correction M (a screen or a worn card print still reads), the standard quiet zone
 * of {@value #QUIET_ZONE} modules, UTF-8. {@link #png()} draws {@value #PIXELS_PER_MODULE} pixels a module; {@link
 * #svg()} draws the same modules as one path that scales to any size.
 */
public final class QrCode {

    public static final int QUIET_ZONE = 4;
    public static final int PIXELS_PER_MODULE = 8;

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN,
            QUIET_ZONE,
            EncodeHintType.CHARACTER_SET,
            StandardCharsets.UTF_8.name());

    private final String text;
    /** One bit a module, the quiet zone included. */
    private final BitMatrix modules;

    private QrCode(String text, BitMatrix modules) {
        this.text = text;
        this.modules = modules;
    }

    public static QrCode of(String text) {
        return new QrCode(text, encode(text, 0));
    }

    public String text() {
        return text;
    }

    /** Modules on a side, the quiet zone included. */
    public int size() {
        return modules.getWidth();
    }

    public byte[] png() {
        BitMatrix pixels = encode(text, size() * PIXELS_PER_MODULE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MatrixToImageWriter.writeToStream(pixels, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("a PNG written to memory", e);
        }
        return out.toByteArray();
    }

    public String svg() {
        return QrSvg.of(modules, PIXELS_PER_MODULE);
    }

    /** {@code side} 0 is the smallest: one pixel a module. */
    private static BitMatrix encode(String text, int side) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, side, side, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code holds " + text.length() + " characters", e);
        }
    }
}
