package org.pointsbank.api.pages.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyEditorSupport;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.DatabaseLost;
import org.pointsbank.api.http.RuleStatus;
import org.pointsbank.api.http.WriteConflicts;
import org.pointsbank.core.shared.RuleViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Refusals on the pages: the problem's code shown as {@code #{problem.CODE}} in the page's language, next to the field
 * at fault when there is one, never problem+json. Ahead of the API's {@code ProblemHandler} for the page controllers
 * only ({@code basePackages}); a request no page handler took stays the API's.
 */
@ControllerAdvice(basePackages = "org.pointsbank.api.pages")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageRefusals {

    /** What a refused action tells a page: its status, its problem code and the field at fault (or null). */
    public record Refusal(HttpStatus status, String code, String field) {

        /**
         * The refusal a failure is, or null when it is none (a fault: the 5xx page shows it). The same statuses and
         * codes as the API's problem+json: a rule's status from {@link RuleStatus}, a card moved on meanwhile 409
         * {@code CONCURRENT_MODIFICATION}, a lost database 503 {@code UNAVAILABLE} (the form may be sent again: its
         * key makes that safe).
         */
        public static Refusal of(Throwable failure) {
            if (failure instanceof RuleViolation violation) {
                return new Refusal(RuleStatus.of(violation), violation.code(), violation.field());
            }
            if (failure instanceof ApiException api) {
                return new Refusal(api.status(), api.code(), api.field());
            }
            if (failure instanceof ConcurrencyException || WriteConflicts.any(failure)) {
                return new Refusal(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION", null);
            }
            if (failure instanceof AggregateNotFoundException) {
                return new Refusal(HttpStatus.NOT_FOUND, "NOT_FOUND", null);
            }
            if (failure instanceof DatabaseLost
                    || failure instanceof DataAccessResourceFailureException
                    || failure instanceof CannotCreateTransactionException) {
                return new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE", null);
            }
            return null;
        }

        public String messageKey() {
            return "problem." + code;
        }
    }

    /**
     * Inside a page action: marks the refusal on the form (the field's error, or the form's when the field is not
     * one of the form's), puts it in the model as {@code refusal} and answers its status for the response. A failure
     * that is no refusal is thrown on.
     */
    public static HttpStatus render(Model model, BindingResult binding, Throwable failure) {
        Refusal refusal = Refusal.of(failure);
        if (refusal == null) {
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
        if (refusal.field() != null && binding.getTarget() != null && isField(binding, refusal.field())) {
            binding.rejectValue(refusal.field(), refusal.messageKey());
        } else {
            binding.reject(refusal.messageKey());
        }
        model.addAttribute("refusal", refusal);
        return refusal.status();
    }

    private static boolean isField(BindingResult binding, String field) {
        try {
            binding.getFieldType(field);
            return binding.getFieldType(field) != null;
        } catch (RuntimeException notAField) {
            return false;
        }
    }

    /**
     * Dates on the pages are ISO ({@code <input type="date">} sends {@code 2026-12-01}) whatever the page's language;
     * set here, for the page controllers only, so the API's query parameters keep their own format.
     */
    @InitBinder
    void isoDates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                try {
                    setValue(text == null || text.isBlank() ? null : LocalDate.parse(text.strip()));
                } catch (DateTimeException notADate) {
                    // an IllegalArgumentException is what binding turns into a field's typeMismatch
                    throw new IllegalArgumentException(notADate.getMessage(), notADate);
                }
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : getValue().toString();
            }
        });
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "error/403";
    }

    @ExceptionHandler({
        RuleViolation.class,
        ApiException.class,
        ConcurrencyException.class,
        AggregateNotFoundException.class,
        DatabaseLost.class,
        DataAccessResourceFailureException.class,
        CannotCreateTransactionException.class
    })
    String refused(RuntimeException failure, Model model, HttpServletResponse response) {
        Refusal refusal = Refusal.of(failure);
        response.setStatus(refusal.status().value());
        if (refusal.status() == HttpStatus.SERVICE_UNAVAILABLE || refusal.status() == HttpStatus.TOO_MANY_REQUESTS) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        }
        model.addAttribute("refusal", refusal);
        return refusal.status() == HttpStatus.NOT_FOUND ? "error/404" : "error/4xx";
    }
}
