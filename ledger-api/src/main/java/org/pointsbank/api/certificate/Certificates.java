package org.pointsbank.api.certificate;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.pointsbank.api.card.CardHolderStore;
import org.pointsbank.api.card.HolderResponse;
import org.pointsbank.api.config.PointsBankProperties;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.projections.certificate.CertificateRepository;
import org.pointsbank.projections.certificate.CertificateRow;
import org.pointsbank.projections.station.StationRepository;
import org.pointsbank.projections.station.StationRow;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Reading certificates from the read model, for the API and the pages alike: as the holder's station and volunteer
 * see them, and as anyone sees the public verification.
 */
@Service
public class Certificates {

    private final CertificateRepository certificates;
    private final CardHolderStore holders;
    private final StationRepository stations;
    private final VerificationUrls urls;
    private final ZoneId zone;

    public Certificates(
            CertificateRepository certificates,
            CardHolderStore holders,
            StationRepository stations,
            VerificationUrls urls,
            PointsBankProperties properties) {
        this.certificates = certificates;
        this.holders = holders;
        this.stations = stations;
        this.urls = urls;
        this.zone = properties.zone();
    }

    public static ApiException notFound(String certificateId) {
        return new ApiException(
                HttpStatus.NOT_FOUND, "CERTIFICATE_NOT_FOUND", "no certificate " + certificateId, "certificateId");
    }

    public CertificateRow row(String certificateId) {
        return certificates.find(certificateId).orElseThrow(() -> notFound(certificateId));
    }

    public CertificateResponse get(String certificateId) {
        return CertificateResponse.of(row(certificateId), urls.of(certificateId));
    }

    /** A card's certificates, newest first. */
    public List<CertificateResponse> ofCard(String cardId) {
        return certificates.ofCard(cardId, 100).stream()
                .map(row -> CertificateResponse.of(row, urls.of(row.certificateId())))
                .toList();
    }

    /** The holder's full name (for readers of the card only), empty once erased. */
    public Optional<String> holderName(String cardId) {
        return holders.find(cardId).map(HolderResponse::name).filter(name -> !name.isBlank());
    }

    public String stationName(String stationId) {
        return stations.find(stationId).map(StationRow::name).orElse(stationId);
    }

    public String verificationUrl(String certificateId) {
        return urls.of(certificateId);
    }

    public ZoneId zone() {
        return zone;
    }

    public CertificateVerificationResponse verification(String certificateId) {
        CertificateRow row = row(certificateId);
        String reasonText = row.valid()
                ? null
                : "a counted entry was reversed on "
                        + row.invalidatedAt().atZone(zone).toLocalDate();
        return new CertificateVerificationResponse(
                row.certificateId(),
                row.number(),
                row.valid(),
                row.issuedAt(),
                row.volunteerMinutes(),
                row.studyMinutes(),
                stationName(row.stationId()),
                holderName(row.cardId()).map(Certificates::mask).orElse(null),
                row.invalidReasonCode(),
                reasonText);
    }

    /** The first code point of a name, then one {@code *} per further code point: {@code 李雷} → {@code 李*}. */
    static String mask(String name) {
        int[] points = name.strip().codePoints().toArray();
        StringBuilder masked = new StringBuilder().appendCodePoint(points[0]);
        for (int i = 1; i < points.length; i++) {
            masked.append('*');
        }
        return masked.toString();
    }
}
