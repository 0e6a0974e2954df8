package org.pointsbank.api.photo;

import java.io.IOException;
import java.io.InputStream;
import org.pointsbank.api.http.ApiException;
import org.springframework.http.HttpStatus;

/** Reads a photo's request body with a hard limit: never more than {@value #MAX_BYTES} bytes and one. */
final class PhotoBody {

    /** 2 MiB. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private PhotoBody() {}

    static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw tooLarge();
        }
        return body;
    }

    static ApiException tooLarge() {
        return new ApiException(
                HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", "a photo may hold at most " + MAX_BYTES + " bytes");
    }
}
