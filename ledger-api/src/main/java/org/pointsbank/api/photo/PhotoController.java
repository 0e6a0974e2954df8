package org.pointsbank.api.photo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A report's photos: uploaded as the raw image (JPEG or PNG, at most 2 MiB, three a report), checked by content,
 * stored without their metadata outside the event log, read back as stored, and erased by an admin.
 */
@Tag(name = FeatureTags.PHOTO)
@RestController
public class PhotoController {

    private static final String IMAGE_BINARY = "string";

    private final Photos photos;
    private final PhotoReads reads;

    PhotoController(Photos photos, PhotoReads reads) {
        this.photos = photos;
        this.reads = reads;
    }

    @Operation(
            operationId = "attachReportPhoto",
            summary = "Attach a photo to a report",
            description = "The body is the image itself, `image/jpeg` or `image/png`, at most 2 MiB (2,097,152 bytes;"
                    + " more is 413 PAYLOAD_TOO_LARGE), at most three a report (409 TOO_MANY_PHOTOS). Its type is judged"
                    + " by its content, which must agree with the Content-Type and decode; anything else is 415"
                    + " UNSUPPORTED_MEDIA_TYPE with the reason. Its metadata is removed before it is stored (JPEG: EXIF"
                    + " with GPS, XMP, IPTC, comments; PNG: text, eXIf, tIME and other ancillary chunks), losslessly:"
                    + " the pixels are as sent. `sha256` is of the stored bytes and is what the report's event records."
                    + " The reporter (the volunteer of the report's card), staff of the handling station, admins.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            description = "the image",
                            content = {
                                @Content(
                                        mediaType = "image/jpeg",
                                        schema = @Schema(type = IMAGE_BINARY, format = "binary")),
                                @Content(
                                        mediaType = "image/png",
                                        schema = @Schema(type = IMAGE_BINARY, format = "binary"))
                            }))
    @ApiResponse(
            responseCode = "201",
            description = "the photo, stored",
            content = @Content(schema = @Schema(implementation = PhotoResponse.class)))
    @ProblemCodes({
        ProblemCode.WRONG_STATION,
        ProblemCode.REPORT_NOT_FOUND,
        ProblemCode.TOO_MANY_PHOTOS,
        ProblemCode.REPORT_STATE_CONFLICT
    })
    @PostMapping(PhotoUploadLimit.UPLOAD_PATH)
    @PreAuthorize("@photoAccess.mayAttach(authentication, #reportId)")
    public ResponseEntity<String> attach(@PathVariable String reportId, HttpServletRequest request) throws IOException {
        byte[] body = PhotoBody.read(request.getInputStream());
        CheckedPhoto photo = PhotoCheck.check(request.getContentType(), body);
        return photos.attach(reportId, new UploadFingerprint(photo.contentType(), PhotoCheck.sha256(body)), photo);
    }

    @Operation(
            operationId = "getReportPhoto",
            summary = "Read a report's photo",
            description = "The stored image, without its metadata, as `image/jpeg` or `image/png`. Who may read the"
                    + " report: its reporter, staff of the handling station, auditors, admins; to a volunteer it is not"
                    + " for, it answers as a report that does not exist. An erased photo is 410 PHOTO_ERASED.")
    @ApiResponse(
            responseCode = "200",
            description = "the image as stored",
            headers = {
                @Header(name = HttpHeaders.CACHE_CONTROL, description = "private", schema = @Schema(type = "string")),
                @Header(name = "X-Content-Type-Options", description = "nosniff", schema = @Schema(type = "string"))
            },
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = IMAGE_BINARY, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = IMAGE_BINARY, format = "binary"))
            })
    @ProblemCodes({
        ProblemCode.WRONG_STATION,
        ProblemCode.REPORT_NOT_FOUND,
        ProblemCode.PHOTO_NOT_FOUND,
        ProblemCode.PHOTO_ERASED
    })
    @GetMapping(
            path = "/api/v1/reports/{reportId}/photos/{photoId}",
            produces = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE})
    @PreAuthorize("@reportAccess.mayRead(authentication, #reportId)")
    public ResponseEntity<byte[]> read(@PathVariable String reportId, @PathVariable String photoId) {
        return reads.image(reportId, photoId);
    }

    @Operation(
            operationId = "eraseReportPhoto",
            summary = "Erase a photo's bytes",
            description = "Drops the stored image for good and records who erased it, when and why; the report's"
                    + " events keep the photo's hash and gain one recording the erasure, and no byte of the log"
                    + " changes (the hash chain still verifies). Reading the photo then answers 410 PHOTO_ERASED."
                    + " Admins only.")
    @ApiResponse(
            responseCode = "200",
            description = "the photo, erased",
            content = @Content(schema = @Schema(implementation = PhotoErasedResponse.class)))
    @ProblemCodes({ProblemCode.REPORT_NOT_FOUND, ProblemCode.PHOTO_NOT_FOUND, ProblemCode.PHOTO_ERASED})
    @PostMapping("/api/v1/reports/{reportId}/photos/{photoId}/erasure")
    @PreAuthorize("@access.isAdmin(authentication) and @reportAccess.mayRead(authentication, #reportId)")
    public ResponseEntity<String> erase(
            @PathVariable String reportId,
            @PathVariable String photoId,
            @Valid @RequestBody ErasePhotoRequest request) {
        return photos.erase(reportId, photoId, request);
    }
}
