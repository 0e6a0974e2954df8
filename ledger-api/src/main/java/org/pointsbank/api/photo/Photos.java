package org.pointsbank.api.photo;

import java.time.Clock;
import java.util.UUID;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.core.report.api.AttachPhoto;
import org.pointsbank.core.report.api.ErasePhoto;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Storing and erasing photos, each in the request's one unit of work and transaction ({@link IdempotentRequests}):
 * the report records the photo's hash ({@code AttachPhoto}) and its row is inserted, or neither (a fourth photo, an
 * ended report); the report records the erasure ({@code ErasePhoto}) and the bytes are dropped, or neither.
 */
@Service
class Photos {

    private final LedgerCommands commands;
    private final IdempotentRequests idempotency;
    private final PhotoStore store;
    private final Clock clock;

    Photos(LedgerCommands commands, IdempotentRequests idempotency, PhotoStore store, Clock clock) {
        this.commands = commands;
        this.idempotency = idempotency;
        this.store = store;
        this.clock = clock;
    }

    ResponseEntity<String> attach(String reportId, UploadFingerprint upload, CheckedPhoto photo) {
        return idempotency.execute(upload, () -> {
            String photoId = UUID.randomUUID().toString();
            long size = photo.bytes().length;
            commands.send(new AttachPhoto(
                    reportId, photoId, photo.sha256(), photo.contentType(), size, LedgerCommands.currentUser()));
            store.insert(photoId, reportId, photo);
            return LedgerResponse.created(
                    new PhotoResponse(photoId, reportId, photo.sha256(), photo.contentType(), size));
        });
    }

    ResponseEntity<String> erase(String reportId, String photoId, ErasePhotoRequest request) {
        return idempotency.execute(request, () -> {
            StoredPhoto photo = find(reportId, photoId);
            String by = LedgerCommands.currentUser();
            commands.send(new ErasePhoto(reportId, photoId, request.reason(), by));
            var at = clock.instant();
            if (!store.erase(reportId, photoId, by, request.reason(), at)) {
                throw erased(photoId);
            }
            return LedgerResponse.ok(new PhotoErasedResponse(photoId, reportId, photo.sha256(), at, by));
        });
    }

    /** The stored photo with its bytes: 404 PHOTO_NOT_FOUND, 410 PHOTO_ERASED once erased. */
    StoredPhoto find(String reportId, String photoId) {
        StoredPhoto photo = store.find(reportId, photoId)
                .orElseThrow(() -> new ApiException(
                        HttpStatus.NOT_FOUND,
                        "PHOTO_NOT_FOUND",
                        "report " + reportId + " has no photo " + photoId,
                        "photoId"));
        if (photo.erased()) {
            throw erased(photoId);
        }
        return photo;
    }

    private static ApiException erased(String photoId) {
        return new ApiException(
                HttpStatus.GONE, "PHOTO_ERASED", "the bytes of photo " + photoId + " were erased", "photoId");
    }
}
