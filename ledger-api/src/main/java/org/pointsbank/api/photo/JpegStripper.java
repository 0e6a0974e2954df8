package org.pointsbank.api.photo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Walks a JPEG's marker segments and copies them, byte for byte, less its metadata: APP1 to APP13 and APP15 (EXIF
 * with its GPS position, XMP, IPTC, ...) and COM segments go, and so does an APP2 that is not an ICC profile. APP0
 * (JFIF), APP2 {@code ICC_PROFILE} and APP14 (Adobe: the colour transform) stay, as does every table, frame and scan.
 * Bytes after the end-of-image marker are dropped. Only baseline, extended sequential and progressive Huffman frames
 * (SOF0-SOF2) are accepted: those are what the service can decode.
 */
final class JpegStripper {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int COM = 0xFE;
    private static final byte[] ICC_PROFILE = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);

    private final byte[] in;
    private final ByteArrayOutputStream out;
    private int pos;
    private int width;
    private int height;
    private boolean scanned;

    private JpegStripper(byte[] in) {
        this.in = in;
        this.out = new ByteArrayOutputStream(in.length);
    }

    static StrippedImage strip(byte[] jpeg) {
        return new JpegStripper(jpeg).run();
    }

    private StrippedImage run() {
        if (in.length < 4 || u8(0) != 0xFF || u8(1) != SOI) {
            throw new ImageRefused("the body is not a JPEG image: it does not start with a start-of-image marker");
        }
        out.write(0xFF);
        out.write(SOI);
        pos = 2;
        while (true) {
            int marker = nextMarker();
            if (marker == EOI) {
                break;
            }
            if (marker == SOI || marker == 0x00) {
                throw new ImageRefused("the JPEG image has a misplaced marker at byte " + (pos - 1));
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                write(pos - 2, 2); // a marker without a segment
                continue;
            }
            segment(marker);
        }
        if (width == 0 || !scanned) {
            throw new ImageRefused("the JPEG image has no frame or no scan");
        }
        out.write(0xFF);
        out.write(EOI);
        return new StrippedImage(ImageKind.JPEG, out.toByteArray(), width, height);
    }

    /** Reads a marker (after any fill bytes) and leaves {@code pos} just after it. */
    private int nextMarker() {
        if (pos >= in.length || u8(pos) != 0xFF) {
            throw new ImageRefused("the JPEG image is cut short or malformed at byte " + pos);
        }
        while (pos < in.length && u8(pos) == 0xFF) {
            pos++;
        }
        if (pos >= in.length) {
            throw new ImageRefused("the JPEG image ends before its end-of-image marker");
        }
        return u8(pos++);
    }

    private void segment(int marker) {
        if (pos + 2 > in.length) {
            throw new ImageRefused("the JPEG image ends inside a segment");
        }
        int length = (u8(pos) << 8) | u8(pos + 1);
        if (length < 2 || pos + length > in.length) {
            throw new ImageRefused("a JPEG segment at byte " + (pos - 2) + " overruns the image");
        }
        int start = pos - 2;
        if (isFrame(marker)) {
            frame(marker, length);
        }
        if (keeps(marker, length)) {
            write(start, length + 2);
        }
        pos += length;
        if (marker == SOS) {
            if (width == 0) {
                throw new ImageRefused("the JPEG image has a scan before its frame");
            }
            scanned = true;
            entropyCodedData();
        }
    }

    private static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private void frame(int marker, int length) {
        if (marker > 0xC2) {
            throw new ImageRefused(
                    "only baseline and progressive JPEG images are accepted (this one is SOF" + (marker - 0xC0) + ")");
        }
        if (width != 0) {
            throw new ImageRefused("the JPEG image has more than one frame");
        }
        if (length < 8) {
            throw new ImageRefused("the JPEG image's frame header is too short");
        }
        height = (u8(pos + 3) << 8) | u8(pos + 4);
        width = (u8(pos + 5) << 8) | u8(pos + 6);
        if (width == 0 || height == 0) {
            throw new ImageRefused("the JPEG image's frame declares no width or no height");
        }
    }

    /** Metadata goes; everything the decoder or the colours depend on stays. */
    private boolean keeps(int marker, int length) {
        if (marker == COM) {
            return false;
        }
        if (marker < APP0 || marker > 0xEF) {
            return true;
        }
        return marker == APP0 || marker == APP14 || (marker == APP2 && isIccProfile(length));
    }

    private boolean isIccProfile(int length) {
        if (length - 2 < ICC_PROFILE.length) {
            return false;
        }
        for (int i = 0; i < ICC_PROFILE.length; i++) {
            if (in[pos + 2 + i] != ICC_PROFILE[i]) {
                return false;
            }
        }
        return true;
    }

    /** Copies a scan's data up to the next marker: 0xFF is followed by 0x00 (stuffing) or a restart inside it. */
    private void entropyCodedData() {
        int start = pos;
        while (pos < in.length) {
            if (u8(pos) == 0xFF && pos + 1 < in.length) {
                int next = u8(pos + 1);
                if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                    pos += 2;
                    continue;
                }
                break;
            }
            pos++;
        }
        write(start, pos - start);
    }

    private void write(int from, int length) {
        out.write(in, from, length);
    }

    private int u8(int at) {
        return in[at] & 0xFF;
    }
}
