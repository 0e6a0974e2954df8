package org.pointsbank.core.certificate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.Locale;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.pointsbank.core.certificate.api.CertificateNumbered;
import org.pointsbank.core.certificate.api.NumberCertificate;
import org.pointsbank.core.shared.LedgerCalendar;

/**
 * A station's register of the certificates it issued in a calendar year ({@code "<stationId>/<year>"}): it hands
 * out 1, 2, 3... in order. A number taken in a unit of work that then fails is rolled back with it, so the printed
 * numbers have no gaps; the aggregate's lock and its event sequence keep them unique.
 */
@Revision("1")
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class CertificateRegister {

    @AggregateIdentifier
    private String registerId;

    private int last;

    protected CertificateRegister() {
        // for Axon (created by the first command) and Jackson's snapshots
    }

    /** Answers the number as recorded. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CertificateNumbered handle(NumberCertificate command, LedgerCalendar calendar) {
        int sequence = last + 1;
        CertificateNumbered numbered = new CertificateNumbered(
                command.registerId(),
                command.certificateId(),
                sequence,
                number(command.stationId(), command.year(), sequence),
                calendar.now());
        apply(numbered);
        return numbered;
    }

    /** The printed number: {@code <STATIONID>-<YYYY>-<NNNNNN>}. */
    static String number(String stationId, int year, int sequence) {
        return String.format(Locale.ROOT, "%s-%04d-%06d", stationId.toUpperCase(Locale.ROOT), year, sequence);
    }

    @EventSourcingHandler
    void on(CertificateNumbered event) {
        registerId = event.registerId();
        last = event.sequence();
    }
}
