package org.pointsbank.api.pages.certificate;

import jakarta.servlet.http.HttpServletResponse;
import org.pointsbank.api.security.LedgerUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /me/certificates}: a volunteer's own certificates, issuing one for a period, and their PDFs. */
@Controller
public class MyCertificatesController {

    private static final String VIEW = "certificate/mine";
    private static final String PATH = "/me/certificates";

    private final CertificatePages pages;

    public MyCertificatesController(CertificatePages pages) {
        this.pages = pages;
    }

    @GetMapping(PATH)
    @PreAuthorize("@access.mayCertify(authentication, principal.cardId())")
    String mine(@AuthenticationPrincipal LedgerUser user, Model model) {
        return pages.show(VIEW, user.cardId(), PATH, model);
    }

    @PostMapping(PATH)
    @PreAuthorize("@access.mayCertify(authentication, principal.cardId())")
    Object issue(
            @AuthenticationPrincipal LedgerUser user,
            @ModelAttribute("form") CertificateForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.issue(VIEW, user.cardId(), PATH, PATH, form, binding, model, redirect, response);
    }

    @GetMapping(PATH + "/{certificateId}.pdf")
    @PreAuthorize("@access.mayReadCertificate(authentication, #certificateId)")
    ResponseEntity<byte[]> pdf(@PathVariable String certificateId) {
        return pages.pdf(certificateId);
    }
}
