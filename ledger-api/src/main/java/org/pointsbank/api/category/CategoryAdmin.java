package org.pointsbank.api.category;

import java.util.function.Function;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.pointsbank.api.http.AggregateIds;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.core.category.api.AddReportCategory;
import org.pointsbank.core.category.api.CategoryQuote;
import org.pointsbank.core.category.api.ChangeReportCategoryPoints;
import org.pointsbank.core.category.api.RetireReportCategory;
import org.pointsbank.projections.category.ReportCategory;
import org.pointsbank.projections.category.ReportCategoryRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The admin's changes to the catalogue, each one unit of work under its Idempotency-Key. The answers are the
 * category as its aggregate answers it after the change ({@link CategoryQuotes}); the description, which no change
 * touches, comes from the catalogue's read model.
 */
@Component
class CategoryAdmin {

    private final LedgerCommands commands;
    private final IdempotentRequests idempotency;
    private final CategoryQuotes quotes;
    private final ReportCategoryRepository categories;
    private final AggregateIds ids;

    CategoryAdmin(
            LedgerCommands commands,
            IdempotentRequests idempotency,
            CategoryQuotes quotes,
            ReportCategoryRepository categories,
            AggregateIds ids) {
        this.ids = ids;
        this.commands = commands;
        this.idempotency = idempotency;
        this.quotes = quotes;
        this.categories = categories;
    }

    /** A new category: 409 CATEGORY_EXISTS for a code in use; the aggregate holds points to 0–100. */
    ResponseEntity<String> add(AddReportCategoryRequest request) {
        String description =
                request.description() == null ? null : request.description().strip();
        try {
            return idempotency.execute(request, () -> {
                if (ids.inUse(request.code())) {
                    throw exists(request.code());
                }
                commands.send(
                        new AddReportCategory(request.code(), request.name().strip(), request.points(), description));
                return LedgerResponse.created(new CategoryResponse(
                        request.code(), request.name().strip(), request.points(), description, false));
            });
        } catch (EventStoreException | AggregateStreamCreationException raceLostOrCodeTaken) {
            // the event log's unique key settles two concurrent creations, and a code another aggregate holds
            throw exists(request.code());
        }
    }

    ResponseEntity<String> retire(String code) {
        return change(code, null, c -> new RetireReportCategory(c));
    }

    ResponseEntity<String> reprice(String code, CategoryPointsRequest request) {
        return change(code, request, c -> new ChangeReportCategoryPoints(c, request.points()));
    }

    private ResponseEntity<String> change(String code, Object request, Function<String, Object> command) {
        return idempotency.execute(request, () -> {
            quotes.forAcceptance(code, "code");
            commands.send(command.apply(code));
            CategoryQuote after = quotes.forAcceptance(code, "code");
            return LedgerResponse.ok(new CategoryResponse(
                    after.code(),
                    after.name(),
                    after.points(),
                    categories.find(code).map(ReportCategory::description).orElse(null),
                    after.retired()));
        });
    }

    private static ApiException exists(String code) {
        return new ApiException(
                HttpStatus.CONFLICT,
                "CATEGORY_EXISTS",
                "the code " + code + " is taken: a report category (or another record of the ledger) has it already",
                "code");
    }
}
