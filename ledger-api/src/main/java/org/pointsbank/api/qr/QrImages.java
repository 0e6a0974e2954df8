package org.pointsbank.api.qr;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answers of an endpoint that serves a QR code: {@value #PNG} or {@value #SVG}, whichever {@code Accept}
 * prefers (quality first, then the order the endpoint offers them in), and the choice itself for endpoints that also
 * answer JSON. Images of codes that change are never cached (Spring Security's {@code Cache-Control: no-store}).
 */
public final class QrImages {

    public static final String PNG = MediaType.IMAGE_PNG_VALUE;
    public static final String SVG = "image/svg+xml";
    public static final MediaType SVG_TYPE = MediaType.parseMediaType(SVG);

    private QrImages() {}

    /**
     * Which of {@code offered} the {@code accept} header prefers: the first offered type the most preferred accepted
     * range includes; the first offered with no (or an unreadable) header. The mapping's {@code produces} has already
     * refused (406) an {@code Accept} that includes none of them.
     */
    public static MediaType preferred(String accept, List<MediaType> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            return offered.get(0);
        }
        List<MediaType> refused =
                accepted.stream().filter(range -> range.getQualityValue() == 0).toList();
        List<MediaType> acceptable = offered.stream()
                .filter(type -> refused.stream().noneMatch(range -> range.includes(type)))
                .toList();
        return accepted.stream()
                .filter(range -> range.getQualityValue() > 0)
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                .flatMap(range -> acceptable.stream().filter(range::includes).limit(1))
                .findFirst()
                .orElse(offered.get(0));
    }

    /** {@code code} as {@code type}, PNG or SVG. */
    public static ResponseEntity<byte[]> answer(QrCode code, MediaType type) {
        if (type.isCompatibleWith(SVG_TYPE)) {
            return ResponseEntity.ok().contentType(SVG_TYPE).body(code.svg().getBytes(StandardCharsets.UTF_8));
        }
        if (type.isCompatibleWith(MediaType.IMAGE_PNG)) {
            return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(code.png());
        }
        throw new IllegalArgumentException("a QR code is drawn as PNG or SVG, not " + type);
    }
}
