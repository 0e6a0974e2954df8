package org.pointsbank.api.pages.certificate;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.pointsbank.api.certificate.CertificateDownloads;
import org.pointsbank.api.certificate.CertificateIssuance;
import org.pointsbank.api.certificate.CertificateResponse;
import org.pointsbank.api.certificate.Certificates;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.pages.shared.FormKeys;
import org.pointsbank.api.pages.shared.PageRefusals;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What both certificate pages do, for the card they are about: the list and the issue form, the issue itself (the
 * API's {@link CertificateIssuance} under the form's key, then Post/Redirect/Get with the issued certificate in a
 * flash attribute, since the list follows the log a moment later) and the PDF.
 */
@Component
class CertificatePages {

    private final IdempotentRequests idempotency;
    private final CertificateIssuance issuance;
    private final Certificates certificates;
    private final CertificateDownloads downloads;
    private final ObjectMapper json;

    CertificatePages(
            IdempotentRequests idempotency,
            CertificateIssuance issuance,
            Certificates certificates,
            CertificateDownloads downloads,
            ObjectMapper json) {
        this.idempotency = idempotency;
        this.issuance = issuance;
        this.certificates = certificates;
        this.downloads = downloads;
        this.json = json;
    }

    /** The page's model: the card's certificates, and a fresh form unless a refused one is shown again. */
    String show(String view, String cardId, String pdfBase, Model model) {
        model.addAttribute("cardId", cardId);
        model.addAttribute("pdfBase", pdfBase);
        model.addAttribute("certificates", certificates.ofCard(cardId));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CertificateForm(FormKeys.issue(), null, null));
        }
        return view;
    }

    /** Issues under the form's key; a refusal is shown next to its field with the form as it was sent. */
    Object issue(
            String view,
            String cardId,
            String pdfBase,
            String back,
            CertificateForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ResponseEntity<String> answer;
        try {
            answer = idempotency.executeForm(
                    form.formKey(), form, () -> LedgerResponse.created(issuance.issue(cardId, form.from(), form.to())));
        } catch (RuntimeException refused) {
            HttpStatus status = PageRefusals.render(model, binding, refusalIn(refused));
            response.setStatus(status.value());
            return show(view, cardId, pdfBase, model);
        }
        redirect.addFlashAttribute("issued", read(answer.getBody()));
        redirect.addFlashAttribute("replayed", answer.getHeaders().containsKey(IdempotentRequests.REPLAYED_HEADER));
        RedirectView see = new RedirectView(back, true);
        see.setStatusCode(HttpStatus.SEE_OTHER); // Post/Redirect/Get: the browser GETs the list
        return see;
    }

    ResponseEntity<byte[]> pdf(String certificateId) {
        return downloads.pdf(certificateId, true);
    }

    /** The rule's refusal a command failure carries (Axon may wrap it), else the failure itself. */
    private static Throwable refusalIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (PageRefusals.Refusal.of(cause) != null) {
                return cause;
            }
        }
        return failure;
    }

    private CertificateResponse read(String body) {
        try {
            return json.readValue(body, CertificateResponse.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable stored answer", e);
        }
    }
}
