package org.pointsbank.api.photo;

import java.util.Optional;

/** The two kinds of image a report's photo may be, each known by its media type and by its first bytes. */
enum ImageKind {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mediaType;
    private final byte[] signature;

    ImageKind(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    String mediaType() {
        return mediaType;
    }

    /** The kind whose media type this is (case-insensitive, parameters ignored). */
    static Optional<ImageKind> ofMediaType(String mediaType) {
        for (ImageKind kind : values()) {
            if (kind.mediaType.equalsIgnoreCase(mediaType)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind these bytes begin like, judged by their signature alone. */
    static Optional<ImageKind> ofContent(byte[] bytes) {
        for (ImageKind kind : values()) {
            if (startsWith(bytes, kind.signature)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
