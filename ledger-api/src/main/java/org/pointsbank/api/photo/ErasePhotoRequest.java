package org.pointsbank.api.photo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /reports/{reportId}/photos/{photoId}/erasure}: why the photo's bytes are erased. */
public record ErasePhotoRequest(@NotBlank @Size(max = 500) String reason) {}
