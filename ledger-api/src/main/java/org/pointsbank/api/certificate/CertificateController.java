package org.pointsbank.api.certificate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Certificates of volunteer service: issued for a card by its station's staff or its volunteer ({@link
 * CertificateIssuance}), read as JSON or as a PDF, and verified by anyone from the URL its QR code encodes.
 */
@Tag(name = FeatureTags.CERTIFICATE)
@RestController
@RequestMapping("/api/v1")
public class CertificateController {

    private final IdempotentRequests idempotency;
    private final CertificateIssuance issuance;
    private final Certificates certificates;
    private final CertificateDownloads downloads;

    public CertificateController(
            IdempotentRequests idempotency,
            CertificateIssuance issuance,
            Certificates certificates,
            CertificateDownloads downloads) {
        this.idempotency = idempotency;
        this.issuance = issuance;
        this.certificates = certificates;
        this.downloads = downloads;
    }

    @Operation(
            operationId = "issueCertificate",
            summary = "Issue a certificate of a card's volunteer service",
            description = "A numbered record (`<STATIONID>-<YYYY>-<NNNNNN>`, gap-free per station and year) of the"
                    + " card's non-reversed volunteer and study entries dated from `from` to `to` (both included;"
                    + " default the card's first entry and today), with the activities they came from and the"
                    + " confirmed commendations of those months. An event in the log. The body is optional. Admins,"
                    + " staff of the card's station and the card's volunteer; auditors get 403, anyone else 404 as"
                    + " for an unknown card.")
    @ApiResponse(
            responseCode = "201",
            description = "the certificate, issued",
            content = @Content(schema = @Schema(implementation = CertificateResponse.class)))
    @ProblemCodes({
        ProblemCode.CARD_NOT_FOUND,
        ProblemCode.INVALID_CERTIFICATE_PERIOD,
        ProblemCode.CONCURRENT_MODIFICATION
    })
    @PostMapping("/cards/{cardId}/certificates")
    @PreAuthorize("@access.mayCertify(authentication, #cardId)")
    public ResponseEntity<String> issue(
            @PathVariable String cardId, @RequestBody(required = false) CertificateRequest request) {
        CertificateRequest period = request == null ? new CertificateRequest(null, null) : request;
        return idempotency.execute(
                request, () -> LedgerResponse.created(issuance.issue(cardId, period.from(), period.to())));
    }

    @Operation(
            operationId = "getCertificate",
            summary = "Read a certificate",
            description = "As JSON, or as an A4 PDF in Chinese and English with a QR code of its public verification"
                    + " URL (`Accept: application/pdf`). Who may issue one for its card; to anyone else it answers as"
                    + " an unknown certificate. A certificate just issued may take a moment to be readable.")
    @ApiResponse(
            responseCode = "200",
            description = "the certificate",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = CertificateResponse.class)),
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))
            })
    @ProblemCodes({ProblemCode.CERTIFICATE_NOT_FOUND, ProblemCode.CERTIFICATE_FONT_MISSING})
    @GetMapping(value = "/certificates/{certificateId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("@access.mayReadCertificate(authentication, #certificateId)")
    public CertificateResponse get(@PathVariable String certificateId) {
        return certificates.get(certificateId);
    }

    @Operation(hidden = true) // the same operation as get(), answered as a PDF
    @GetMapping(value = "/certificates/{certificateId}", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("@access.mayReadCertificate(authentication, #certificateId)")
    public ResponseEntity<byte[]> pdf(@PathVariable String certificateId) {
        return downloads.pdf(certificateId, false);
    }

    @Operation(
            operationId = "verifyCertificate",
            summary = "Verify a certificate, without signing in",
            description = "What its QR code opens: the number, whether it is still valid, the figures, the issuing"
                    + " station and the holder's masked name (`李*`; null once erased). It turns invalid when an entry"
                    + " it counted is reversed, with `reason` ENTRY_REVERSED and the date, never the reversal's own"
                    + " text. With `Accept: text/html`, the same as a page for a phone.")
    @SecurityRequirements
    @ApiResponse(
            responseCode = "200",
            description = "the verification",
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(implementation = CertificateVerificationResponse.class)),
                @Content(mediaType = "text/html", schema = @Schema(type = "string"))
            })
    @ProblemCodes(ProblemCode.CERTIFICATE_NOT_FOUND)
    @GetMapping(value = "/certificates/{certificateId}/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    public CertificateVerificationResponse verification(@PathVariable String certificateId) {
        return certificates.verification(certificateId);
    }
}
