package org.pointsbank.api.photo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Proves an image decodes with the JDK's own readers (ImageIO), every byte of it, without holding its full-size
 * pixels: rows and columns are subsampled so that at most about {@value #DECODED_PIXELS} pixels are kept.
 */
final class ImageDecoding {

    static final long DECODED_PIXELS = 2_000_000;

    private ImageDecoding() {}

    static void requireDecodable(StrippedImage image) {
        Iterator<ImageReader> readers =
                ImageIO.getImageReadersByFormatName(image.kind() == ImageKind.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + image.kind());
        }
        ImageReader reader = readers.next();
        try (ImageInputStream stream = new MemoryCacheImageInputStream(new ByteArrayInputStream(image.bytes()))) {
            reader.setInput(stream, true, true);
            if (reader.getWidth(0) != image.width() || reader.getHeight(0) != image.height()) {
                throw new ImageRefused("the image's decoder sees other dimensions than its header declares");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(image.width(), image.height());
            param.setSourceSubsampling(step, step, 0, 0);
            decode(reader, param);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageRefused refused) {
                throw refused;
            }
            throw new ImageRefused("the " + image.kind() + " image does not decode: "
                    + e.getClass().getSimpleName());
        } finally {
            reader.dispose();
        }
    }

    /** A JPEG in CMYK or YCCK has no Java image type: its raster proves the data decodes all the same. */
    private static void decode(ImageReader reader, ImageReadParam param) throws IOException {
        try {
            reader.read(0, param);
        } catch (javax.imageio.IIOException e) {
            if (!reader.canReadRaster() || !String.valueOf(e.getMessage()).contains("Unsupported Image Type")) {
                throw e;
            }
            reader.readRaster(0, param);
        }
    }

    static int subsampling(int width, int height) {
        double ratio = (double) width * height / DECODED_PIXELS;
        return ratio <= 1 ? 1 : (int) Math.ceil(Math.sqrt(ratio));
    }
}
