package org.pointsbank.api.certificate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.core.card.api.DescribeServiceRecord;
import org.pointsbank.core.card.api.ServiceRecord;
import org.pointsbank.core.certificate.api.CertificateIssued;
import org.pointsbank.core.certificate.api.CertificateNumbered;
import org.pointsbank.core.certificate.api.Commendation;
import org.pointsbank.core.certificate.api.IssueCertificate;
import org.pointsbank.core.certificate.api.NumberCertificate;
import org.pointsbank.core.shared.LedgerCalendar;
import org.pointsbank.projections.directory.CardDirectory;
import org.pointsbank.projections.period.PeriodRepository;
import org.springframework.stereotype.Service;

/**
 * Issuing a certificate: the card describes its service in the period (its own rules, under its lock), the card's
 * station's register for this year gives the next number, and the certificate records the figures with the
 * confirmed commendations of the period's months. The caller runs this in one unit of work and one transaction
 * ({@code IdempotentRequests}), so a refusal anywhere leaves no number taken: the numbers stay gap-free.
 */
@Service
public class CertificateIssuance {

    private final LedgerCommands commands;
    private final CardDirectory cards;
    private final PeriodRepository periods;
    private final LedgerCalendar calendar;
    private final VerificationUrls urls;

    public CertificateIssuance(
            LedgerCommands commands,
            CardDirectory cards,
            PeriodRepository periods,
            LedgerCalendar calendar,
            VerificationUrls urls) {
        this.commands = commands;
        this.cards = cards;
        this.periods = periods;
        this.calendar = calendar;
        this.urls = urls;
    }

    /** Issues a certificate of the card's service from {@code from} to {@code to} (either may be null). */
    public CertificateResponse issue(String cardId, LocalDate from, LocalDate to) {
        LedgerCommands.requireCardId(cardId);
        String stationId = cards.stationOfCard(cardId).orElseThrow(() -> ApiException.cardNotFound(cardId));
        ServiceRecord record = commands.toCard(cardId, new DescribeServiceRecord(cardId, from, to));
        String certificateId = UUID.randomUUID().toString();
        CertificateNumbered numbered =
                commands.send(new NumberCertificate(stationId, calendar.today().getYear(), certificateId));
        CertificateIssued issued = commands.send(new IssueCertificate(
                certificateId,
                numbered.number(),
                cardId,
                stationId,
                record.from(),
                record.to(),
                record.volunteerMinutesByYear(),
                record.volunteerMinutes(),
                record.studyMinutes(),
                record.activityIds(),
                commendations(cardId, record.from(), record.to()),
                record.countedEntryIds()));
        return CertificateResponse.issued(issued, urls.of(certificateId));
    }

    /** The card's confirmed commendations for the months the period touches. */
    private List<Commendation> commendations(String cardId, LocalDate from, LocalDate to) {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        return periods.commendationsOf(cardId).stream()
                .filter(c -> {
                    YearMonth month = YearMonth.parse(c.period());
                    return !month.isBefore(first) && !month.isAfter(last);
                })
                .map(c -> new Commendation(c.period(), c.stationId(), c.rank()))
                .toList();
    }
}
