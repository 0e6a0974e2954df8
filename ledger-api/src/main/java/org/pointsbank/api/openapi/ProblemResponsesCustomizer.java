package org.pointsbank.api.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.pointsbank.api.http.LedgerCommands;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Declares every refusal an operation can answer, one response per status ({@link SharedRefusals}). The codes are
 * those that follow from its handler (those it names with {@link ProblemCodes}) and from the operation as described
 * (signed in, so possibly forbidden; with a body, with an Idempotency-Key, recorded under it). Two steps, because
 * springdoc runs operation customizers in no set order: the handler's codes are noted on each operation, and the
 * responses are declared once every operation is complete, the Idempotency-Key parameter included.
 */
@Component
class ProblemResponsesCustomizer implements OperationCustomizer, GlobalOpenApiCustomizer {

    private static final String NOTED = "x-pointsbank-refusals";
    private static final String KEY_HEADER = LedgerCommands.IDEMPOTENCY_KEY_HEADER;
    private static final String REPLAYED_HEADER = "Idempotency-Replayed";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Set<ProblemCode> codes = EnumSet.noneOf(ProblemCode.class);
        ProblemCodes own = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ProblemCodes.class);
        if (own != null) {
            codes.addAll(List.of(own.value()));
        }
        operation.addExtension(NOTED, codes);
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(ProblemResponsesCustomizer::declare));
    }

    /** Once: the note is gone from an operation whose refusals are declared. */
    @SuppressWarnings("unchecked")
    private static void declare(Operation operation) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(NOTED)) {
            return;
        }
        Set<ProblemCode> codes =
                EnumSet.copyOf((Set<ProblemCode>) operation.getExtensions().remove(NOTED));
        if (operation.getExtensions().isEmpty()) {
            operation.setExtensions(null);
        }
        codes.addAll(common(operation));
        if (!signedIn(operation)) {
            codes.removeAll(List.of(ProblemCode.UNAUTHENTICATED, ProblemCode.FORBIDDEN));
        }
        Map<Integer, List<ProblemCode>> byStatus =
                codes.stream().collect(Collectors.groupingBy(ProblemCode::status, TreeMap::new, Collectors.toList()));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        byStatus.forEach((status, refusals) -> responses.put(
                String.valueOf(status), refusal(responses.get(String.valueOf(status)), status, refusals)));
        if (recordedUnderKey(operation)) {
            responses.forEach((status, response) -> {
                if (status.startsWith("2") && response.get$ref() == null) {
                    response.addHeaderObject(
                            REPLAYED_HEADER,
                            new Header()
                                    .schema(new StringSchema()._enum(List.of("true")))
                                    .description(
                                            "present when this is the answer recorded for an earlier request with the"
                                                    + " same Idempotency-Key and body: nothing new was recorded"));
                }
            });
        }
        operation.setResponses(sorted(responses));
    }

    /** The refusals that follow from what kind of operation this is. */
    private static Set<ProblemCode> common(Operation operation) {
        Set<ProblemCode> codes = EnumSet.of(
                ProblemCode.VALIDATION_FAILED,
                ProblemCode.UNAUTHENTICATED,
                // every rule may refuse someone, and a kiosk's credentials open nothing but its check-in codes
                ProblemCode.FORBIDDEN,
                ProblemCode.NOT_ACCEPTABLE,
                ProblemCode.RATE_LIMITED,
                ProblemCode.UNAVAILABLE);
        if (operation.getRequestBody() != null) {
            codes.addAll(List.of(
                    ProblemCode.MALFORMED_REQUEST, ProblemCode.PAYLOAD_TOO_LARGE, ProblemCode.UNSUPPORTED_MEDIA_TYPE));
        }
        if (takesKey(operation)) {
            codes.add(ProblemCode.IDEMPOTENCY_KEY_REQUIRED);
        }
        if (recordedUnderKey(operation)) {
            codes.addAll(List.of(ProblemCode.IDEMPOTENCY_KEY_IN_FLIGHT, ProblemCode.IDEMPOTENCY_KEY_REUSED));
        }
        return codes;
    }

    private static boolean takesKey(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> "header".equals(p.getIn()) && KEY_HEADER.equalsIgnoreCase(p.getName()));
    }

    /**
     * A body and the key: the answer is recorded under the key ({@code IdempotentRequests}). Operations without a
     * body need the key only so that a cross-site form cannot send them, and record nothing.
     */
    private static boolean recordedUnderKey(Operation operation) {
        return takesKey(operation) && operation.getRequestBody() != null;
    }

    /** Unless the operation is declared open to anyone ({@code security: []}). */
    private static boolean signedIn(Operation operation) {
        return operation.getSecurity() == null || !operation.getSecurity().isEmpty();
    }

    private static ApiResponse refusal(ApiResponse declared, int status, List<ProblemCode> codes) {
        if (declared == null && codes.size() == 1 && SharedRefusals.CODES.contains(codes.get(0))) {
            return new ApiResponse().$ref(SharedRefusals.ref(codes.get(0)));
        }
        return SharedRefusals.response(declared, status, codes);
    }

    /** Successes first, then refusals by status. */
    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        new TreeMap<>(responses).forEach(sorted::addApiResponse);
        if (responses.getExtensions() != null) {
            sorted.setExtensions(responses.getExtensions());
        }
        return sorted;
    }
}
