package org.pointsbank.core.certificate.api;

import java.time.Instant;

/**
 * A register gave a certificate its number: {@code sequence} is 1, 2, 3... without gaps per register, {@code
 * number} the printed form {@code <STATIONID>-<YYYY>-<NNNNNN>}.
 */
public record CertificateNumbered(
        String registerId, String certificateId, int sequence, String number, Instant recordedAt) {}
