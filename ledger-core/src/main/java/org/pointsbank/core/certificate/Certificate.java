package org.pointsbank.core.certificate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.pointsbank.core.certificate.api.CertificateIssued;
import org.pointsbank.core.certificate.api.IssueCertificate;
import org.pointsbank.core.shared.LedgerCalendar;

/**
 * A certificate of volunteer service, issued once with the figures its card described. Its id is a random UUID: the
 * unguessable key of its public verification. Whether it is still valid is the read model's (a counted entry
 * reversed later), not a rule of this aggregate.
 */
@Revision("1")
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Certificate {

    @AggregateIdentifier
    private String certificateId;

    protected Certificate() {
        // for Axon (created by the issuing command) and Jackson's snapshots
    }

    /** Answers the certificate as issued. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public CertificateIssued handle(IssueCertificate command, LedgerCalendar calendar) {
        CertificateIssued issued = new CertificateIssued(
                command.certificateId(),
                command.number(),
                command.cardId(),
                command.stationId(),
                command.from(),
                command.to(),
                command.volunteerMinutesByYear(),
                command.volunteerMinutes(),
                command.studyMinutes(),
                command.activityIds(),
                command.commendations(),
                command.countedEntryIds(),
                calendar.now());
        apply(issued);
        return issued;
    }

    @EventSourcingHandler
    void on(CertificateIssued event) {
        certificateId = event.certificateId();
    }
}
