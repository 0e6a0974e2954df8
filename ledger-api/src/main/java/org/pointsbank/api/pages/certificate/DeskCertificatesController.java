package org.pointsbank.api.pages.certificate;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /desk/cards/{cardId}/certificates}: staff of the card's station issue a certificate for it. */
@Controller
public class DeskCertificatesController {

    private static final String VIEW = "certificate/card";

    private final CertificatePages pages;

    public DeskCertificatesController(CertificatePages pages) {
        this.pages = pages;
    }

    @GetMapping("/desk/cards/{cardId}/certificates")
    @PreAuthorize("@access.mayCertify(authentication, #cardId)")
    String card(@PathVariable String cardId, Model model) {
        return pages.show(VIEW, cardId, "/desk/certificates", model);
    }

    @PostMapping("/desk/cards/{cardId}/certificates")
    @PreAuthorize("@access.mayCertify(authentication, #cardId)")
    Object issue(
            @PathVariable String cardId,
            @ModelAttribute("form") CertificateForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        String back = "/desk/cards/" + cardId + "/certificates";
        return pages.issue(VIEW, cardId, "/desk/certificates", back, form, binding, model, redirect, response);
    }

    @GetMapping("/desk/certificates/{certificateId}.pdf")
    @PreAuthorize("@access.mayReadCertificate(authentication, #certificateId)")
    ResponseEntity<byte[]> pdf(@PathVariable String certificateId) {
        return pages.pdf(certificateId);
    }
}
