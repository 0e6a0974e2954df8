package org.pointsbank.core.station;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.pointsbank.core.shared.LedgerCalendar;
import org.pointsbank.core.station.api.RegisterStation;
import org.pointsbank.core.station.api.StationRegistered;

/** A service station where cards are issued, points are earned and gifts are redeemed. */
@Revision("1")
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Station {

    @AggregateIdentifier
    private String stationId;

    protected Station() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Station(RegisterStation command, LedgerCalendar calendar) {
        apply(new StationRegistered(command.stationId(), command.name(), calendar.now()));
    }

    @EventSourcingHandler
    void on(StationRegistered event) {
        stationId = event.stationId();
    }
}
