package org.pointsbank.api.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pointsbank.api.photo.TestImages.ascii;
import static org.pointsbank.api.photo.TestImages.chunk;
import static org.pointsbank.api.photo.TestImages.concat;
import static org.pointsbank.api.photo.TestImages.segment;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.http.ApiException;

class PhotoCheckTest {

    @Nested
    class Png {

        private final byte[] plain = TestImages.png(64, 48);

        @Test
        void dropsTextExifAndTimeButKeepsColourChunksAndPixels() {
            byte[] tagged = TestImages.pngWith(
                    plain,
                    chunk("gAMA", ByteBuffer.allocate(4).putInt(45455).array()),
                    chunk("tEXt", ascii("Author\0Li Wei, +86 138 0000 0000")),
                    chunk("eXIf", TestImages.exifWithGps().clone()),
                    chunk("tIME", new byte[] {0x07, (byte) 0xEA, 12, 1, 9, 30, 0}),
                    chunk("zTXt", ascii("Comment\0\0x")),
                    chunk("iTXt", ascii("XML:com.adobe.xmp\0\0\0\0\0<x/>")),
                    chunk("prVt", ascii("a private ancillary chunk")));

            CheckedPhoto checked = PhotoCheck.check("image/png", tagged);

            assertThat(ImageStructure.pngChunks(tagged)).contains("tEXt", "eXIf", "tIME", "zTXt", "iTXt", "prVt");
            assertThat(ImageStructure.pngChunks(checked.bytes()))
                    .doesNotContain("tEXt", "eXIf", "tIME", "zTXt", "iTXt", "prVt")
                    .contains("IHDR", "gAMA", "IDAT", "IEND");
            assertThat(ImageStructure.samePixels(checked.bytes(), plain)).isTrue();
            assertThat(checked.contentType()).isEqualTo("image/png");
            assertThat(checked.sha256())
                    .isEqualTo(PhotoCheck.sha256(checked.bytes()))
                    .hasSize(64);
        }

        @Test
        void keepsAnImageWithoutMetadataByteForByte() {
            assertThat(PhotoCheck.check("image/png", plain).bytes()).isEqualTo(plain);
        }

        @Test
        void dropsBytesAfterTheEnd() {
            byte[] trailed = concat(plain, ascii("hidden after IEND"));

            assertThat(PhotoCheck.check("image/png", trailed).bytes()).isEqualTo(plain);
        }

        @Test
        void refusesAChunkWithAWrongCrc() {
            byte[] broken = plain.clone();
            broken[40] ^= 0x01; // inside the first IDAT

            assertRefused(() -> PhotoCheck.check("image/png", broken), "CRC");
        }

        @Test
        void refusesAHeaderDeclaringMoreThan40Megapixels() {
            byte[] bomb = withDimensions(plain, 8000, 6000);

            assertRefused(() -> PhotoCheck.check("image/png", bomb), "at most 40000000 pixels");
        }

        @Test
        void keepsARealColourProfileAndRefusesOneThatInflatesPastAMegabyte() {
            byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            byte[] withProfile = TestImages.pngWith(plain, chunk("iCCP", concat(ascii("sRGB\0\0"), deflate(srgb))));
            byte[] bomb = TestImages.pngWith(
                    plain, chunk("iCCP", concat(ascii("bomb\0\0"), deflate(new byte[IccProfileSize.MAX_BYTES + 1]))));

            assertThat(ImageStructure.pngChunks(
                            PhotoCheck.check("image/png", withProfile).bytes()))
                    .contains("iCCP");
            assertRefused(() -> PhotoCheck.check("image/png", bomb), "inflates to more than");
        }

        private static byte[] deflate(byte[] data) {
            java.util.zip.Deflater deflater = new java.util.zip.Deflater(9);
            deflater.setInput(data);
            deflater.finish();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            return out.toByteArray();
        }

        @Test
        void refusesAnUnknownCriticalChunk() {
            byte[] odd = TestImages.pngWith(plain, chunk("ABCD", new byte[0]));

            assertRefused(() -> PhotoCheck.check("image/png", odd), "unknown critical chunk");
        }

        @Test
        void refusesValidChunksThatDoNotDecode() {
            byte[] garbage = TestImages.pngWith(
                    Arrays.copyOf(plain, 33), chunk("IDAT", ascii("not zlib data")), chunk("IEND", new byte[0]));

            assertRefused(() -> PhotoCheck.check("image/png", garbage), "does not decode");
        }

        @Test
        void refusesAnImageCutShort() {
            assertRefused(() -> PhotoCheck.check("image/png", Arrays.copyOf(plain, plain.length - 12)), "IEND");
        }

        private static byte[] withDimensions(byte[] png, int width, int height) {
            byte[] copy = png.clone();
            ByteBuffer.wrap(copy, 16, 8).putInt(width).putInt(height);
            CRC32 crc = new CRC32();
            crc.update(copy, 12, 17);
            ByteBuffer.wrap(copy, 29, 4).putInt((int) crc.getValue());
            return copy;
        }
    }

    @Nested
    class Jpeg {

        private final byte[] plain = TestImages.jpeg(64, 48);

        @Test
        void dropsExifWithGpsXmpIptcAndCommentsButKeepsJfifIccAndAdobe() {
            byte[] icc = concat(
                    ascii("ICC_PROFILE\0"),
                    new byte[] {1, 1},
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            byte[] adobe = concat(ascii("Adobe"), new byte[] {0, 100, 0, 0, 0, 0, 1});
            byte[] tagged = TestImages.jpegWith(
                    plain,
                    segment(0xE1, TestImages.exifWithGps()),
                    segment(0xE1, ascii("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>")),
                    segment(0xE2, icc),
                    segment(0xED, ascii("Photoshop 3.0\08BIM")),
                    segment(0xEE, adobe),
                    segment(0xEF, ascii("APP15")),
                    segment(0xFE, ascii("taken at 30.25N 120.10E")));

            CheckedPhoto checked = PhotoCheck.check("image/jpeg", tagged);

            assertThat(ImageStructure.jpegMarkers(tagged)).contains("unknown:225", "unknown:237", "com");
            List<String> kept = ImageStructure.jpegMarkers(checked.bytes());
            assertThat(kept).doesNotContain("unknown:225", "unknown:237", "unknown:239", "com");
            assertThat(kept).contains("app0JFIF", "app14Adobe", "sof", "sos");
            assertThat(indexOf(checked.bytes(), icc)).isPositive();
            assertThat(indexOf(checked.bytes(), ascii("taken at"))).isNegative();
            assertThat(indexOf(checked.bytes(), ascii("Exif\0\0"))).isNegative();
            assertThat(checked.bytes())
                    .hasSize(tagged.length
                            - 4 * 5
                            - TestImages.exifWithGps().length
                            - ascii("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>").length
                            - ascii("Photoshop 3.0\08BIM").length
                            - ascii("APP15").length
                            - ascii("taken at 30.25N 120.10E").length);
        }

        @Test
        void keepsAnImageWithoutMetadataByteForByte() {
            assertThat(PhotoCheck.check("image/jpeg", plain).bytes()).isEqualTo(plain);
        }

        @Test
        void keepsAProgressiveImageAndItsPixels() throws Exception {
            byte[] progressive = Progressive.encode(TestImages.picture(80, 60));
            byte[] tagged = TestImages.jpegWith(progressive, segment(0xE1, TestImages.exifWithGps()));

            CheckedPhoto checked = PhotoCheck.check("image/jpeg", tagged);

            assertThat(checked.bytes()).isEqualTo(progressive);
            assertThat(ImageStructure.samePixels(checked.bytes(), progressive)).isTrue();
        }

        @Test
        void refusesALosslessFrame() {
            byte[] lossless = plain.clone();
            int sof = indexOf(lossless, new byte[] {(byte) 0xFF, (byte) 0xC0});
            lossless[sof + 1] = (byte) 0xC3;

            assertRefused(() -> PhotoCheck.check("image/jpeg", lossless), "only baseline and progressive");
        }

        @Test
        void refusesAFrameDeclaringMoreThan40Megapixels() {
            byte[] bomb = plain.clone();
            int sof = indexOf(bomb, new byte[] {(byte) 0xFF, (byte) 0xC0});
            ByteBuffer.wrap(bomb, sof + 5, 4).putShort((short) 65000).putShort((short) 65000);

            assertRefused(() -> PhotoCheck.check("image/jpeg", bomb), "at most 40000000 pixels");
        }

        @Test
        void refusesAnImageCutShort() {
            assertRefused(() -> PhotoCheck.check("image/jpeg", Arrays.copyOf(plain, plain.length / 2)), "JPEG");
        }
    }

    @Nested
    class TypeByContent {

        @Test
        void refusesATextFileSentAsJpeg() {
            byte[] text = "just some text, renamed photo.jpg".getBytes(StandardCharsets.UTF_8);

            assertRefused(() -> PhotoCheck.check("image/jpeg", text), "neither a JPEG nor a PNG");
        }

        @Test
        void refusesAPngSentAsJpeg() {
            assertRefused(
                    () -> PhotoCheck.check("image/jpeg", TestImages.png(8, 8)), "PNG image but was sent as image/jpeg");
        }

        @Test
        void refusesOtherContentTypes() {
            byte[] png = TestImages.png(8, 8);

            assertRefused(() -> PhotoCheck.check("image/gif", png), "image/jpeg or image/png");
            assertRefused(() -> PhotoCheck.check("application/octet-stream", png), "image/jpeg or image/png");
            assertRefused(() -> PhotoCheck.check(null, png), "missing");
            assertRefused(() -> PhotoCheck.check("not a media type", png), "image/jpeg or image/png");
        }

        @Test
        void acceptsTheTypeWithParametersAndInAnyCase() {
            assertThat(PhotoCheck.check("IMAGE/PNG; name=photo", TestImages.png(8, 8))
                            .contentType())
                    .isEqualTo("image/png");
        }

        @Test
        void refusesAnEmptyBody() {
            assertRefused(() -> PhotoCheck.check("image/png", new byte[0]), "empty");
        }
    }

    @Nested
    class Body {

        @Test
        void readsUpTo2MiB() throws Exception {
            byte[] body = new byte[PhotoBody.MAX_BYTES];

            assertThat(PhotoBody.read(new ByteArrayInputStream(body))).hasSize(PhotoBody.MAX_BYTES);
        }

        @Test
        void refusesOneByteMoreWith413() {
            byte[] body = new byte[PhotoBody.MAX_BYTES + 1];

            assertThatThrownBy(() -> PhotoBody.read(new ByteArrayInputStream(body)))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.code()).isEqualTo("PAYLOAD_TOO_LARGE"));
        }
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ImageRefused.class, e -> {
            assertThat(e.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
            assertThat(e.status().value()).isEqualTo(415);
            assertThat(e.getMessage()).contains(detail);
        });
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
