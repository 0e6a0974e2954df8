package org.pointsbank.api.checkin;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.pointsbank.api.qr.QrCode;
import org.pointsbank.api.qr.QrImages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The answer of a check-in code endpoint, by {@code Accept}: JSON {@code {code, expiresAt, url}}, or the QR code of
 * {@code url} as PNG or SVG. Map the endpoint with {@code produces = {MediaType.APPLICATION_JSON_VALUE, QrImages.PNG,
 * QrImages.SVG}} (JSON first: the answer to {@code Accept: *}{@code /*} or none) and declare the three in its {@code
 * @ApiResponse}, as {@link ReadingRoomCodeController} does; then:
 *
 * <pre>{@code
 * return responses.answer(CheckInCodes.activityScope(id), code -> urls.activityCheckIn(id, code), request);
 * }</pre>
 */
@Component
public class CheckInCodeResponses {

    private static final List<MediaType> OFFERED =
            List.of(MediaType.APPLICATION_JSON, MediaType.IMAGE_PNG, QrImages.SVG_TYPE);

    private final CheckInCodes codes;

    public CheckInCodeResponses(CheckInCodes codes) {
        this.codes = codes;
    }

    /** {@code scope}'s current code, as the request's {@code Accept} asks; {@code url} makes the page URL of a code. */
    public ResponseEntity<?> answer(String scope, Function<String, URI> url, HttpServletRequest request) {
        String accept = String.join(",", Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        CheckInCode current = codes.current(scope);
        String page = url.apply(current.code()).toString();
        MediaType type = QrImages.preferred(accept, OFFERED);
        if (type.equals(MediaType.APPLICATION_JSON)) {
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new CheckInCodeResponse(current.code(), current.expiresAt(), page));
        }
        return QrImages.answer(QrCode.of(page), type);
    }
}
