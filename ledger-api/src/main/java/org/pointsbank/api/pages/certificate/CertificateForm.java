package org.pointsbank.api.pages.certificate;

import java.time.LocalDate;

/** The issue form of the certificate pages: its form key and the period, either day left empty for its default. */
public record CertificateForm(String formKey, LocalDate from, LocalDate to) {}
