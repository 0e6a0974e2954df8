package org.pointsbank.api.certificate;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The period a certificate covers, both days included; either may be left out. */
public record CertificateRequest(
        @Schema(description = "the first business day; default the card's first entry", example = "2026-01-01")
        LocalDate from,

        @Schema(description = "the last business day, not after today; default today", example = "2026-11-30")
        LocalDate to) {}
