package org.pointsbank.api.photo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * What an uploaded photo must be: a JPEG or PNG by its content, sent as that type, with a header declaring at most
 * {@value #MAX_PIXELS} pixels (a decompression bomb is refused before it is decoded); its metadata is removed, and the
 * stripped image must still decode. Every refusal is 415 UNSUPPORTED_MEDIA_TYPE with the reason in its detail.
 */
final class PhotoCheck {

    static final long MAX_PIXELS = 40_000_000;

    private PhotoCheck() {}

    /** The photo as it will be stored: stripped, decoded once, hashed. */
    static CheckedPhoto check(String contentType, byte[] body) {
        ImageKind declared = declared(contentType);
        ImageKind actual = ImageKind.ofContent(body)
                .orElseThrow(() -> new ImageRefused(
                        body.length == 0
                                ? "the body is empty: send the photo's bytes"
                                : "the body is neither a JPEG nor a PNG image"));
        if (actual != declared) {
            throw new ImageRefused("the body is a " + actual + " image but was sent as " + declared.mediaType()
                    + "; send it as " + actual.mediaType());
        }
        StrippedImage stripped = actual == ImageKind.JPEG ? JpegStripper.strip(body) : PngStripper.strip(body);
        long pixels = (long) stripped.width() * stripped.height();
        if (pixels > MAX_PIXELS) {
            throw new ImageRefused("the image declares " + stripped.width() + " x " + stripped.height()
                    + " pixels; at most " + MAX_PIXELS + " pixels are accepted");
        }
        ImageDecoding.requireDecodable(stripped);
        return new CheckedPhoto(actual.mediaType(), stripped.bytes(), sha256(stripped.bytes()));
    }

    private static ImageKind declared(String contentType) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            type = null;
        }
        ImageKind kind = type == null
                ? null
                : ImageKind.ofMediaType(type.getType() + "/" + type.getSubtype())
                        .orElse(null);
        if (kind == null) {
            throw new ImageRefused("send the photo as image/jpeg or image/png (the Content-Type was "
                    + (contentType == null ? "missing" : "another") + ")");
        }
        return kind;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
