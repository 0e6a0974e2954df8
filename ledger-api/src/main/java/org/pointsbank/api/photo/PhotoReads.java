package org.pointsbank.api.photo;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * A report's photo as it is served: the stored bytes under the stored type, never sniffed, private to its reader.
 * The API's {@link PhotoController} and the desk's report page both answer it from here; who may read it is the
 * caller's rule ({@code @reportAccess.mayRead}).
 */
@Service
public class PhotoReads {

    private final Photos photos;

    PhotoReads(Photos photos) {
        this.photos = photos;
    }

    /** 404 PHOTO_NOT_FOUND, 410 PHOTO_ERASED once erased. */
    public ResponseEntity<byte[]> image(String reportId, String photoId) {
        StoredPhoto photo = photos.find(reportId, photoId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .eTag(photo.sha256())
                .body(photo.bytes());
    }
}
