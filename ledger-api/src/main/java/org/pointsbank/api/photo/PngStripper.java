package org.pointsbank.api.photo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Walks a PNG's chunks, checks each one's CRC, and copies them byte for byte less its metadata: the critical chunks
 * (IHDR, PLTE, IDAT, IEND) and the ancillaries that shape its colours or its rendering (tRNS, gAMA, cHRM, sRGB, iCCP,
 * sBIT, pHYs) stay; text (tEXt, zTXt, iTXt), EXIF (eXIf), the time (tIME) and every other ancillary chunk go, as do
 * any bytes after IEND. An unknown critical chunk is refused: no decoder may skip one.
 */
final class PngStripper {

    private static final int SIGNATURE = 8;
    private static final Set<String> CRITICAL = Set.of("IHDR", "PLTE", "IDAT", "IEND");
    private static final Set<String> KEPT_ANCILLARY = Set.of("tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "pHYs");

    private PngStripper() {}

    static StrippedImage strip(byte[] png) {
        if (ImageKind.ofContent(png).orElse(null) != ImageKind.PNG) {
            throw new ImageRefused("the body is not a PNG image: it does not start with the PNG signature");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, SIGNATURE);
        int pos = SIGNATURE;
        int width = 0;
        int height = 0;
        boolean first = true;
        boolean data = false;
        while (true) {
            if (pos + 12 > png.length) {
                throw new ImageRefused("the PNG image ends before its IEND chunk");
            }
            long length = u32(png, pos);
            if (length > png.length - pos - 12) {
                throw new ImageRefused("a PNG chunk at byte " + pos + " overruns the image");
            }
            String type = type(png, pos + 4);
            int end = pos + 12 + (int) length;
            if (crc(png, pos + 4, (int) length + 4) != u32(png, end - 4)) {
                throw new ImageRefused("the PNG chunk " + type + " at byte " + pos + " fails its CRC");
            }
            if (first != type.equals("IHDR")) {
                throw new ImageRefused("a PNG image starts with exactly one IHDR chunk");
            }
            if (first) {
                if (length != 13) {
                    throw new ImageRefused("the PNG image's IHDR chunk is not 13 bytes long");
                }
                width = dimension(u32(png, pos + 8));
                height = dimension(u32(png, pos + 12));
                first = false;
            }
            boolean critical = Character.isUpperCase(type.charAt(0));
            if (critical && !CRITICAL.contains(type)) {
                throw new ImageRefused("the PNG image has an unknown critical chunk " + type);
            }
            data |= type.equals("IDAT");
            if (type.equals("iCCP")) {
                IccProfileSize.require(png, pos + 8, (int) length);
            }
            if (critical || KEPT_ANCILLARY.contains(type)) {
                out.write(png, pos, end - pos);
            }
            pos = end;
            if (type.equals("IEND")) {
                break;
            }
        }
        if (!data) {
            throw new ImageRefused("the PNG image has no image data (IDAT)");
        }
        return new StrippedImage(ImageKind.PNG, out.toByteArray(), width, height);
    }

    private static int dimension(long value) {
        if (value == 0 || value > Integer.MAX_VALUE) {
            throw new ImageRefused("the PNG image's IHDR declares a width or height out of range");
        }
        return (int) value;
    }

    private static String type(byte[] png, int at) {
        for (int i = at; i < at + 4; i++) {
            char c = (char) (png[i] & 0xFF);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                throw new ImageRefused("a PNG chunk at byte " + (at - 4) + " has an invalid type");
            }
        }
        return new String(png, at, 4, StandardCharsets.US_ASCII);
    }

    private static long crc(byte[] png, int from, int length) {
        CRC32 crc = new CRC32();
        crc.update(png, from, length);
        return crc.getValue();
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24)
                | ((b[at + 1] & 0xFF) << 16)
                | ((b[at + 2] & 0xFF) << 8)
                | (b[at + 3] & 0xFF);
    }
}
