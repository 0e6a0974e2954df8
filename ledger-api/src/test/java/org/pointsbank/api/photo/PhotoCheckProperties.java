package org.pointsbank.api.photo;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever bytes arrive, the check answers a stored image or its one refusal, 415, and never fails otherwise. */
class PhotoCheckProperties {

    private static final byte[] PNG =
            TestImages.pngWith(TestImages.png(24, 16), TestImages.chunk("tEXt", TestImages.ascii("k\0v")));
    private static final byte[] JPEG =
            TestImages.jpegWith(TestImages.jpeg(24, 16), TestImages.segment(0xE1, TestImages.exifWithGps()));

    @Property(tries = 300)
    void randomBytesAreRefused(@ForAll @Size(max = 2000) byte[] body, @ForAll("types") String type) {
        checkOrRefuse(type, body);
    }

    @Property(tries = 400)
    void damagedPngsAreStoredCleanOrRefused(@ForAll("damagedPngs") byte[] body) {
        checkOrRefuse("image/png", body);
    }

    @Property(tries = 400)
    void damagedJpegsAreStoredCleanOrRefused(@ForAll("damagedJpegs") byte[] body) {
        checkOrRefuse("image/jpeg", body);
    }

    private static void checkOrRefuse(String type, byte[] body) {
        try {
            CheckedPhoto checked = PhotoCheck.check(type, body);
            assertThat(checked.bytes().length).isLessThanOrEqualTo(body.length + 2);
        } catch (ImageRefused refused) {
            assertThat(refused.status().value()).isEqualTo(415);
        }
    }

    @Provide
    Arbitrary<String> types() {
        return Arbitraries.of("image/png", "image/jpeg");
    }

    @Provide
    Arbitrary<byte[]> damagedPngs() {
        return damaged(PNG);
    }

    @Provide
    Arbitrary<byte[]> damagedJpegs() {
        return damaged(JPEG);
    }

    /** The image with a few bytes overwritten, then perhaps cut short. */
    private static Arbitrary<byte[]> damaged(byte[] image) {
        Arbitrary<int[]> positions = Arbitraries.integers()
                .between(0, image.length - 1)
                .array(int[].class)
                .ofMinSize(1)
                .ofMaxSize(4);
        Arbitrary<byte[]> values = Arbitraries.bytes().array(byte[].class).ofSize(4);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, image.length);
        return net.jqwik.api.Combinators.combine(positions, values, length).as((at, with, cut) -> {
            byte[] copy = java.util.Arrays.copyOf(image, cut);
            for (int i = 0; i < at.length; i++) {
                if (at[i] < copy.length) {
                    copy[at[i]] = with[i];
                }
            }
            return copy;
        });
    }
}
