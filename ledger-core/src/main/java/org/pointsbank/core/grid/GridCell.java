package org.pointsbank.core.grid;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.pointsbank.core.grid.api.AddGridCell;
import org.pointsbank.core.grid.api.AssignHandlingStation;
import org.pointsbank.core.grid.api.DescribeGridCell;
import org.pointsbank.core.grid.api.GridCellAdded;
import org.pointsbank.core.grid.api.GridCellTerms;
import org.pointsbank.core.grid.api.GridLevel;
import org.pointsbank.core.grid.api.HandlingStationAssigned;
import org.pointsbank.core.shared.LedgerCalendar;

/**
 * One cell of the city's five-level grid. Its place in the tree is fixed when it is added: the caller describes the
 * parent ({@link DescribeGridCell}) and passes its level, which must be exactly one level up. The handling station
 * may change; a cell without one inherits its parent's, which the caller finds by describing the cells up the chain.
 */
@Revision("1")
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class GridCell {

    @AggregateIdentifier
    private String cellId;

    private String name;
    private GridLevel level;
    private String parentId;
    private String stationId;

    protected GridCell() {
        // for Axon's event sourcing and Jackson's snapshots
    }

    @CommandHandler
    public GridCell(AddGridCell command, LedgerCalendar calendar) {
        GridLevel expected = command.level().parentLevel();
        if (expected == null && command.parentId() != null) {
            throw new InvalidGridCell("parentId", "a COUNTY has no parent; got " + command.parentId());
        }
        if (expected != null && command.parentId() == null) {
            throw new InvalidGridCell("parentId", "a " + command.level() + " needs a parent " + expected);
        }
        if (expected != null && command.parentLevel() != expected) {
            throw new InvalidGridCell(
                    "level",
                    "the parent of a " + command.level() + " must be a " + expected + "; " + command.parentId() + " is "
                            + (command.parentLevel() == null ? "unknown" : command.parentLevel()));
        }
        apply(new GridCellAdded(
                command.cellId(),
                command.name(),
                command.level(),
                command.parentId(),
                command.stationId(),
                calendar.now()));
    }

    /** Answers the cell as the log has it; records nothing. */
    @CommandHandler
    public GridCellTerms handle(DescribeGridCell command) {
        return new GridCellTerms(cellId, name, level, parentId, stationId);
    }

    /** Idempotent: the station it already names, nothing happens. */
    @CommandHandler
    public void handle(AssignHandlingStation command, LedgerCalendar calendar) {
        if (Objects.equals(stationId, command.stationId())) {
            return;
        }
        apply(new HandlingStationAssigned(cellId, command.stationId(), stationId, calendar.now()));
    }

    @EventSourcingHandler
    void on(GridCellAdded event) {
        cellId = event.cellId();
        name = event.name();
        level = event.level();
        parentId = event.parentId();
        stationId = event.stationId();
    }

    @EventSourcingHandler
    void on(HandlingStationAssigned event) {
        stationId = event.stationId();
    }
}
