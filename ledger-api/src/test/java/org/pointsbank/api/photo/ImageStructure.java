package org.pointsbank.api.photo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/** Reads back what an image holds, for the tests: a PNG's chunk types, a JPEG's markers as the JDK's reader sees them. */
public final class ImageStructure {

    private ImageStructure() {}

    public static List<String> pngChunks(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(png);
        in.position(8);
        while (in.remaining() >= 12) {
            int length = in.getInt();
            byte[] type = new byte[4];
            in.get(type);
            types.add(new String(type, StandardCharsets.US_ASCII));
            in.position(in.position() + length + 4);
        }
        return types;
    }

    /**
     * The marker segments before the first scan, by the JDK's JPEG metadata: {@code app0JFIF}, {@code app14Adobe},
     * {@code com}, {@code dqt}, ... and {@code unknown:<marker>} for the APPn segments it does not model (APP1 EXIF is
     * {@code unknown:225}, APP13 {@code unknown:237}).
     */
    public static List<String> jpegMarkers(byte[] jpeg) {
        try (ImageInputStream stream = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
            reader.setInput(stream);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            List<String> names = new ArrayList<>();
            collect(root, names);
            reader.dispose();
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Node node, List<String> names) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            String name = child.getNodeName();
            if (name.equals("unknown")) {
                names.add("unknown:"
                        + child.getAttributes().getNamedItem("MarkerTag").getNodeValue());
            } else {
                names.add(name);
            }
            collect(child, names);
        }
    }

    /** Whether two images have the same pixels (as sRGB values), every one of them. */
    public static boolean samePixels(byte[] a, byte[] b) {
        var first = TestImages.decode(a);
        var second = TestImages.decode(b);
        if (first.getWidth() != second.getWidth() || first.getHeight() != second.getHeight()) {
            return false;
        }
        int w = first.getWidth();
        int h = first.getHeight();
        return java.util.Arrays.equals(first.getRGB(0, 0, w, h, null, 0, w), second.getRGB(0, 0, w, h, null, 0, w));
    }
}
