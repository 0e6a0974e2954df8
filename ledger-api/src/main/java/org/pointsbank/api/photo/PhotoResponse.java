package org.pointsbank.api.photo;

/**
 * A stored photo: {@code sha256} (lower-case hex) is of the stored bytes, with their metadata removed, as the report's
 * {@code PhotoAttached} event records it; {@code bytes} is their length.
 */
public record PhotoResponse(String photoId, String reportId, String sha256, String contentType, long bytes) {}
