package org.pointsbank.core.category;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.pointsbank.core.category.api.AddReportCategory;
import org.pointsbank.core.category.api.CategoryQuote;
import org.pointsbank.core.category.api.ChangeReportCategoryPoints;
import org.pointsbank.core.category.api.QuoteReportCategory;
import org.pointsbank.core.category.api.ReportCategoryAdded;
import org.pointsbank.core.category.api.ReportCategoryPointsChanged;
import org.pointsbank.core.category.api.ReportCategoryRetired;
import org.pointsbank.core.category.api.RetireReportCategory;
import org.pointsbank.core.shared.LedgerCalendar;

/**
 * A category of problem report, identified by its code: the points a verified report of it earns (as they are when
 * the report is accepted, which records them) and whether it still takes new reports. Reports already submitted go
 * on through their lifecycle after a retirement, and a change of points reaches only later acceptances.
 */
@Revision("1")
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class ReportCategory {

    /** The most points a category may earn a verified report. */
    public static final int MAX_POINTS = 100;

    @AggregateIdentifier
    private String code;

    private String name;
    private int points;
    private boolean retired;

    protected ReportCategory() {
        // for Axon's event sourcing and Jackson's snapshots
    }

    @CommandHandler
    public ReportCategory(AddReportCategory command, LedgerCalendar calendar) {
        requirePointsInRange(command.points());
        apply(new ReportCategoryAdded(
                command.code(), command.name(), command.points(), command.description(), calendar.now()));
    }

    /** Also once retired: it reaches only reports accepted later. Idempotent: the same points, nothing happens. */
    @CommandHandler
    public void handle(ChangeReportCategoryPoints command, LedgerCalendar calendar) {
        requirePointsInRange(command.points());
        if (command.points() != points) {
            apply(new ReportCategoryPointsChanged(code, command.points(), points, calendar.now()));
        }
    }

    @CommandHandler
    public void handle(RetireReportCategory command, LedgerCalendar calendar) {
        if (retired) {
            throw new CategoryRetired(code);
        }
        apply(new ReportCategoryRetired(code, calendar.now()));
    }

    /** Answers the category's terms now; records nothing. A new report may not name a retired category. */
    @CommandHandler
    public CategoryQuote handle(QuoteReportCategory command) {
        if (command.forNewReport() && retired) {
            throw new CategoryRetired(code);
        }
        return new CategoryQuote(code, name, points, retired);
    }

    private static void requirePointsInRange(int points) {
        if (points < 0 || points > MAX_POINTS) {
            throw new InvalidCategoryTerms("points", "points must be between 0 and " + MAX_POINTS + "; got " + points);
        }
    }

    @EventSourcingHandler
    void on(ReportCategoryAdded event) {
        code = event.code();
        name = event.name();
        points = event.points();
    }

    @EventSourcingHandler
    void on(ReportCategoryPointsChanged event) {
        points = event.points();
    }

    @EventSourcingHandler
    void on(ReportCategoryRetired event) {
        retired = true;
    }
}
