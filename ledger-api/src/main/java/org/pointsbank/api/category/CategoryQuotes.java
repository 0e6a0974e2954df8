package org.pointsbank.api.category;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.core.category.api.CategoryQuote;
import org.pointsbank.core.category.api.QuoteReportCategory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A category's terms as the event log has them ({@link QuoteReportCategory}, answered by the {@code ReportCategory}
 * aggregate, never by a read model): for a new report (a retired category is refused, 422 {@code CATEGORY_RETIRED}),
 * or for a report's acceptance (the points now, retired or not). An unknown code is 404 {@code CATEGORY_NOT_FOUND}.
 */
@Component
public class CategoryQuotes {

    private final LedgerCommands commands;

    public CategoryQuotes(LedgerCommands commands) {
        this.commands = commands;
    }

    /** The category's terms for a report submitted now; refusals name the field {@code categoryCode}. */
    public CategoryQuote forNewReport(String code) {
        return forNewReport(code, "categoryCode");
    }

    /** As {@link #forNewReport(String)}, naming {@code field} in a refusal. */
    public CategoryQuote forNewReport(String code, String field) {
        return quote(code, true, field);
    }

    /** The points a report accepted now earns when verified, retired category or not. */
    public CategoryQuote forAcceptance(String code) {
        return forAcceptance(code, "categoryCode");
    }

    /** As {@link #forAcceptance(String)}, naming {@code field} in a refusal. */
    public CategoryQuote forAcceptance(String code, String field) {
        return quote(code, false, field);
    }

    private CategoryQuote quote(String code, boolean forNewReport, String field) {
        CategoryQuote quote;
        try {
            quote = commands.send(new QuoteReportCategory(code, forNewReport));
        } catch (AggregateNotFoundException unknown) {
            throw notFound(code, field);
        }
        // ids are one namespace in the event log: another kind of aggregate under this code is no category
        if (quote == null || !code.equals(quote.code())) {
            throw notFound(code, field);
        }
        return quote;
    }

    /** 404 {@code CATEGORY_NOT_FOUND} naming {@code field}. */
    public static ApiException notFound(String code, String field) {
        return new ApiException(HttpStatus.NOT_FOUND, "CATEGORY_NOT_FOUND", "no report category " + code, field);
    }
}
