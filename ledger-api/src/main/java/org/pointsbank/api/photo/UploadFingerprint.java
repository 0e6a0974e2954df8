package org.pointsbank.api.photo;

/**
 * What identifies an upload for its Idempotency-Key: the type and the SHA-256 of the bytes as sent. The key's record
 * keeps a hash of this, never the image itself.
 */
record UploadFingerprint(String contentType, String sha256) {}
