package org.pointsbank.api.photo;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A PNG's iCCP chunk holds its colour profile deflated, and the JDK's reader inflates it whole: a few kilobytes may
 * inflate to gigabytes. It is inflated here first, at most {@value #MAX_BYTES} bytes of it, and refused beyond.
 */
final class IccProfileSize {

    /** Real profiles are a few kilobytes; the largest in common use well under this. */
    static final int MAX_BYTES = 1024 * 1024;

    private IccProfileSize() {}

    /** {@code data}: the chunk's data, a profile name of 1-79 bytes, NUL, the compression method, the profile. */
    static void require(byte[] png, int data, int length) {
        int nul = data;
        while (nul < data + length && png[nul] != 0) {
            nul++;
        }
        int compressed = nul + 2;
        if (nul == data || nul - data > 79 || compressed > data + length || png[nul + 1] != 0) {
            throw new ImageRefused("the PNG image's iCCP chunk is malformed");
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(png, compressed, data + length - compressed);
            byte[] out = new byte[64 * 1024];
            long total = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(out);
                total += n;
                if (total > MAX_BYTES) {
                    throw new ImageRefused(
                            "the PNG image's colour profile inflates to more than " + MAX_BYTES + " bytes");
                }
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new ImageRefused("the PNG image's colour profile is cut short");
                }
            }
        } catch (DataFormatException e) {
            throw new ImageRefused("the PNG image's colour profile is not valid deflate data");
        } finally {
            inflater.end();
        }
    }
}
