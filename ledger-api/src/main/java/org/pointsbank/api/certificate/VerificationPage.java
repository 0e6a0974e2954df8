package org.pointsbank.api.certificate;

import jakarta.servlet.http.HttpServletResponse;
import org.pointsbank.api.http.ApiException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A certificate's public verification as a page for the phone that scanned its QR code: the same URL and the same
 * answer as {@link CertificateController#verification}, for {@code Accept: text/html}. In the API's chain and open to
 * anyone, as the JSON is.
 */
@Controller
public class VerificationPage {

    private final Certificates certificates;

    public VerificationPage(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping(value = "/api/v1/certificates/{certificateId}/verification", produces = MediaType.TEXT_HTML_VALUE)
    public String verification(@PathVariable String certificateId, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("verification", certificates.verification(certificateId));
        } catch (ApiException notFound) {
            response.setStatus(notFound.status().value());
            return "error/404";
        }
        return "certificate/verification";
    }
}
