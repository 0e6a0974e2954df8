package org.pointsbank.api.certificate;

import org.pointsbank.projections.certificate.CertificateRow;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A certificate as its PDF download, one answer for the API ({@code Accept: application/pdf}, shown inline) and the
 * pages (a download link, saved as a file): the holder's name, the station, the verification URL and the business
 * zone, rendered by {@link CertificatePdf}, named after the certificate's number.
 */
@Component
public class CertificateDownloads {

    private final Certificates certificates;
    private final CertificatePdf pdf;

    public CertificateDownloads(Certificates certificates, CertificatePdf pdf) {
        this.certificates = certificates;
        this.pdf = pdf;
    }

    /** {@code attachment}: saved as a file (a page's link) rather than shown in the browser (the API). */
    public ResponseEntity<byte[]> pdf(String certificateId, boolean attachment) {
        CertificateRow row = certificates.row(certificateId);
        byte[] document = pdf.render(
                row,
                certificates.holderName(row.cardId()).orElse(null),
                certificates.stationName(row.stationId()),
                certificates.verificationUrl(certificateId),
                certificates.zone());
        ContentDisposition.Builder disposition =
                attachment ? ContentDisposition.attachment() : ContentDisposition.inline();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(row.number() + ".pdf").build().toString())
                .body(document);
    }
}
