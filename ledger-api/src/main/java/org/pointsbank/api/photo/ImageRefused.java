package org.pointsbank.api.photo;

import org.pointsbank.api.http.ApiException;
import org.springframework.http.HttpStatus;

/** 415 UNSUPPORTED_MEDIA_TYPE: the body is not a JPEG or PNG image this service stores; the detail says why. */
final class ImageRefused extends ApiException {

    ImageRefused(String why) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", why);
    }
}
