package org.pointsbank.api.input;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.pointsbank.api.photo.TestImages;

/** The one kind of body that is not JSON: a photo upload takes the raw image. */
final class FuzzImages {

    static final byte[] VALID_PNG = TestImages.png(6, 4);

    private FuzzImages() {}

    static boolean takesImage(FuzzedEndpoint endpoint) {
        return endpoint.method().equals("POST") && endpoint.pattern().endsWith("/photos");
    }

    /** A body no photo upload may store: random bytes, text, a PNG cut short or with a broken CRC. */
    static byte[] hostile(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> {
                byte[] bytes = new byte[1 + random.nextInt(300)];
                random.nextBytes(bytes);
                yield bytes;
            }
            case 1 -> "not an image at all".getBytes(StandardCharsets.UTF_8);
            case 2 -> Arrays.copyOf(VALID_PNG, 8 + random.nextInt(VALID_PNG.length - 20));
            default -> {
                byte[] broken = VALID_PNG.clone();
                broken[16 + random.nextInt(broken.length - 30)] ^= 0x40;
                yield broken;
            }
        };
    }
}
