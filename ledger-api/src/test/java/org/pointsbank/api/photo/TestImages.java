package org.pointsbank.api.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images built in code, and the metadata a phone would add to them, written segment by segment. */
public final class TestImages {

    private TestImages() {}

    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(240, 200, 20));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG chunk with its length and CRC. */
    public static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(typeBytes)
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }

    /** The PNG with these chunks inserted right after its IHDR (8 bytes of signature + 25 of IHDR). */
    public static byte[] pngWith(byte[] png, byte[]... chunks) {
        return insert(png, 33, chunks);
    }

    /** The JPEG with these segments inserted right after its SOI and APP0 (JFIF) segment. */
    public static byte[] jpegWith(byte[] jpeg, byte[]... segments) {
        int app0Length = ((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF);
        return insert(jpeg, 4 + app0Length, segments);
    }

    /** A JPEG marker segment: 0xFF, the marker, the length, the data. */
    public static byte[] segment(int marker, byte[] data) {
        return ByteBuffer.allocate(4 + data.length)
                .put((byte) 0xFF)
                .put((byte) marker)
                .putShort((short) (data.length + 2))
                .put(data)
                .array();
    }

    /**
     * An EXIF APP1 payload holding a GPS position (30.25 N, 120.10 E): "Exif\0\0", a big-endian TIFF header, IFD0 with
     * one GPSInfo pointer, and a GPS IFD with latitude/longitude and their references.
     */
    public static byte[] exifWithGps() {
        ByteBuffer tiff = ByteBuffer.allocate(200);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        // IFD0 at 8: one entry, GPSInfo (0x8825, LONG) -> 26
        tiff.putShort((short) 1)
                .putShort((short) 0x8825)
                .putShort((short) 4)
                .putInt(1)
                .putInt(26)
                .putInt(0);
        // GPS IFD at 26: four entries, then rationals at 26 + 2 + 4*12 + 4 = 80
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(80);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(104);
        tiff.putInt(0);
        for (int[] r : new int[][] {{30, 1}, {15, 1}, {0, 1}, {120, 1}, {6, 1}, {0, 1}}) {
            tiff.putInt(r[0]).putInt(r[1]);
        }
        byte[] body = new byte[tiff.position()];
        tiff.flip().get(body);
        return concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), body);
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] insert(byte[] image, int at, byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(image, 0, at);
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        out.write(image, at, image.length - at);
        return out.toByteArray();
    }
}
