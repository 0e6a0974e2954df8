package org.pointsbank.core.certificate.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Take the next number of a station's certificate register for a year. The register's id is
 * {@code "<stationId>/<year>"} ({@link #registerId(String, int)}); the command answers {@link CertificateNumbered}.
 */
public record NumberCertificate(
        @TargetAggregateIdentifier String registerId, String stationId, int year, String certificateId) {

    public NumberCertificate {
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(certificateId, "certificateId");
        if (!registerId(stationId, year).equals(registerId)) {
            throw new IllegalArgumentException("register " + registerId + " is not " + stationId + "/" + year);
        }
    }

    public NumberCertificate(String stationId, int year, String certificateId) {
        this(registerId(stationId, year), stationId, year, certificateId);
    }

    /** The id of the register of a station's certificates issued in a year. */
    public static String registerId(String stationId, int year) {
        return stationId + "/" + year;
    }
}
