package org.pointsbank.api.certificate;

import org.pointsbank.api.config.PointsBankProperties;
import org.springframework.stereotype.Component;

/** The public verification URL of a certificate, at the service's public address: what its QR code encodes. */
@Component
public class VerificationUrls {

    private final String base;

    public VerificationUrls(PointsBankProperties properties) {
        String url = properties.publicUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String of(String certificateId) {
        return base + path(certificateId);
    }

    /** The path of the verification, under the API. */
    public static String path(String certificateId) {
        return "/api/v1/certificates/" + certificateId + "/verification";
    }
}
