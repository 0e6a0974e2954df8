package org.pointsbank.api.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** Reads the service's QR codes back, as a phone or the desk's scanner would: ZXing's decoder, PNG or SVG. */
public final class QrDecoding {

    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

    private QrDecoding() {}

    /** The text of a PNG QR code. */
    public static String png(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as("a PNG image").isNotNull();
            return decode(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of an SVG QR code: the document parsed as XML (a valid SVG root with a square {@code viewBox} of
     * {@code modules} units, one white square, one path of runs), its path drawn module by module, then decoded.
     */
    public static String svg(String svg, int modules) {
        Element root = parse(svg).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + modules + " " + modules);
        assertThat(root.getElementsByTagNameNS("*", "path").getLength()).isEqualTo(1);
        assertThat(root.getElementsByTagNameNS("*", "script").getLength()).isZero();
        String d = ((Element) root.getElementsByTagNameNS("*", "path").item(0)).getAttribute("d");
        assertThat(RUN.matcher(d).replaceAll(""))
                .as("nothing but runs in the path")
                .isEmpty();
        return decode(draw(d, modules));
    }

    /** Modules on a side of an SVG QR code, read from its {@code viewBox}. */
    public static int svgModules(String svg) {
        String[] box = parse(svg).getDocumentElement().getAttribute("viewBox").split(" ");
        return Integer.parseInt(box[2]);
    }

    private static BufferedImage draw(String path, int modules) {
        int scale = 4;
        BufferedImage image = new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                image.setRGB(x, y, 0xffffff);
            }
        }
        Matcher run = RUN.matcher(path);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            assertThat(run.group(4)).isEqualTo(run.group(3));
            assertThat(x + length).isLessThanOrEqualTo(modules);
            for (int px = x * scale; px < (x + length) * scale; px++) {
                for (int py = y * scale; py < (y + 1) * scale; py++) {
                    image.setRGB(px, py, 0x000000);
                }
            }
        }
        return image;
    }

    private static String decode(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
            return result.getText();
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            throw new AssertionError("no QR code could be read", e);
        }
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + xml, e);
        }
    }
}
