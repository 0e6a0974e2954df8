package org.pointsbank.api.http;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.pointsbank.core.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The one place where failures become the API's problem+json responses. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // pages/shared/PageRefusals answers the page controllers first
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final RefusalDetail redaction;

    public ProblemHandler(RefusalDetail redaction) {
        this.redaction = redaction;
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e, HttpServletRequest request) {
        return respond(Problems.of(RuleStatus.of(e), e.code(), redaction.detail(e, request), e.field()));
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return respond(Problems.of(e.status(), e.code(), e.getMessage(), e.field()));
    }

    @ExceptionHandler(ScanRefused.class)
    ResponseEntity<ProblemDetail> scanRefused(ScanRefused e) {
        return ResponseEntity.status(e.status())
                .header(HttpHeaders.RETRY_AFTER, ScanRefused.RETRY_AFTER_SECONDS)
                .body(Problems.of(e.status(), e.code(), e.getMessage()));
    }

    /** Method security's refusal: the rule in {@code AccessPolicy} answered no. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return respond(Problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN", "you may not do this"));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", "no such resource"));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrency(ConcurrencyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(
                        HttpStatus.CONFLICT,
                        "CONCURRENT_MODIFICATION",
                        "the card changed while this request ran; send it again"));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "the request has invalid fields");
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeLimitFilter.PayloadTooLarge tooLarge) {
                return respond(BodySizeLimitFilter.tooLarge(tooLarge.maxBytes));
            }
        }
        if (e.getCause() instanceof JsonMappingException mapping && mapping instanceof RefusedValue refused) {
            String field = path(mapping);
            return respond(Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "VALIDATION_FAILED",
                    (field.isEmpty() ? "a string " : field + " ") + refused.reason(),
                    field.isEmpty() ? null : field));
        }
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return respond(Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "VALIDATION_FAILED",
                    "unknown field " + unknown.getPropertyName(),
                    path(unknown)));
        }
        if (e.getCause() instanceof InvalidFormatException format) {
            return respond(Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "VALIDATION_FAILED",
                    "cannot read " + format.getValue() + " as "
                            + format.getTargetType().getSimpleName(),
                    path(format)));
        }
        if (e.getCause() instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            return respond(Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "VALIDATION_FAILED",
                    path(mismatch) + " has the wrong type",
                    path(mismatch)));
        }
        if (e.getCause() instanceof JsonMappingException mapping
                && mapping.getCause() instanceof InputCoercionException
                && !mapping.getPath().isEmpty()) {
            return respond(Problems.of(
                    HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", path(mapping) + " is out of range", path(mapping)));
        }
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "the request body is not valid JSON"));
    }

    /** A body read by the handler itself (a photo) that turned out larger than its limit. */
    @ExceptionHandler(BodySizeLimitFilter.PayloadTooLarge.class)
    ResponseEntity<ProblemDetail> payloadTooLarge(BodySizeLimitFilter.PayloadTooLarge e) {
        return respond(BodySizeLimitFilter.tooLarge(e.maxBytes));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        if (org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e) instanceof RefusedValue range) {
            return respond(Problems.of(
                    HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", e.getName() + ": " + range.reason(), e.getName()));
        }
        return respond(Problems.of(
                HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", e.getName() + " has an invalid value", e.getName()));
    }

    /** A constraint on a handler's parameter ({@code @Validated} controllers): names the parameter, e.g. {@code limit}. */
    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalidParameter(jakarta.validation.ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath()), "message", v.getMessage()))
                .toList();
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "the request has invalid parameters");
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    private static String lastNode(jakarta.validation.Path path) {
        String name = "";
        for (jakarta.validation.Path.Node node : path) {
            name = String.valueOf(node.getName());
        }
        return name;
    }

    /** The firewall's refusal of a header value, met when the header is first read (e.g. in a controller). */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        return respond(Problems.of(
                HttpStatus.BAD_REQUEST,
                "VALIDATION_FAILED",
                "the request's URL or headers hold characters that are refused"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return respond(Problems.of(
                HttpStatus.BAD_REQUEST,
                "VALIDATION_FAILED",
                e.getParameterName() + " is required",
                e.getParameterName()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return respond(Problems.of(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "send the body as application/json"));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return respond(Problems.of(
                HttpStatus.NOT_ACCEPTABLE,
                "NOT_ACCEPTABLE",
                "this resource is available as " + e.getSupportedMediaTypes()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return respond(Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", e.getMessage()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", "no such resource"));
    }

    @ExceptionHandler({
        CannotGetJdbcConnectionException.class,
        DataAccessResourceFailureException.class,
        TransientDataAccessResourceException.class,
        CannotCreateTransactionException.class
    })
    ResponseEntity<ProblemDetail> unavailable(Exception e, HttpServletRequest request) {
        return DatabaseUnavailable.answer(e, request);
    }

    /** Lost in a ledger-changing request's transaction, before its commit or while it ran. */
    @ExceptionHandler(DatabaseLost.class)
    ResponseEntity<ProblemDetail> databaseLost(DatabaseLost e) {
        return DatabaseUnavailable.lost(e);
    }

    /** Not answerable: the response is committed. Rethrown so the container breaks the transfer (see ExportCut). */
    @ExceptionHandler(ExportCut.class)
    void exportCut(ExportCut e) {
        log.warn("{}", e.getMessage());
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (response.isCommitted()) {
            throw e; // a streamed body already under way (its error dispatch too): nothing more may be written
        }
        // a time limit (Spring files 57014 under transient failures) or a lost database, wrapped by Axon or the
        // transaction manager on its way up
        if (DatabaseTimeLimits.reached(e) || DatabaseFailures.lost(e)) {
            return DatabaseUnavailable.answer(e, request);
        }
        if (WriteConflicts.any(e)) { // a race lost on the event log's unique key, never a 500 (issue 18)
            return concurrency(null);
        }
        log.error("Unexpected failure", e);
        return respond(Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "INTERNAL_ERROR",
                "an unexpected error occurred; it has been logged"));
    }

    /** As problem+json whatever the request's Accept says (even one that cannot be parsed, or rules JSON out). */
    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(HttpStatusCode.valueOf(problem.getStatus()))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
