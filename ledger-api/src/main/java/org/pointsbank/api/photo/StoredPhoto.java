package org.pointsbank.api.photo;

import java.time.Instant;

/** A row of {@code report_photo}: {@code bytes} is null once {@code erasedAt} is set. */
record StoredPhoto(String contentType, String sha256, byte[] bytes, Instant erasedAt) {

    boolean erased() {
        return erasedAt != null;
    }
}
