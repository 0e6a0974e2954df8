package org.pointsbank.api.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Declares every refusal an operation can answer, one response per status ({@link SharedRefusals}). The codes are
 * those every operation of its kind can answer (signed in or not, with a body, with an Idempotency-Key, recorded
 * under it) and those the operation names itself with {@link ProblemCodes}. Runs after the other customizers, so
 * that the Idempotency-Key parameter is there to be seen.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemResponsesCustomizer implements OperationCustomizer {

    private static final String KEY_HEADER = "Idempotency-Key";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Set<ProblemCode> codes = common(operation, handler);
        ProblemCodes own = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ProblemCodes.class);
        if (own != null) {
            codes.addAll(List.of(own.value()));
        }
        Map<Integer, List<ProblemCode>> byStatus = codes.stream()
                .collect(Collectors.groupingBy(ProblemCode::status, TreeMap::new, Collectors.toList()));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        byStatus.forEach((status, refusals) -> responses.put(String.valueOf(status),
                refusal(responses.get(String.valueOf(status)), status, refusals)));
        operation.setResponses(sorted(responses));
        return operation;
    }

    /** The refusals that follow from what kind of operation this is. */
    private static Set<ProblemCode> common(Operation operation, HandlerMethod handler) {
        Set<ProblemCode> codes = EnumSet.of(ProblemCode.VALIDATION_FAILED, ProblemCode.NOT_ACCEPTABLE,
                ProblemCode.RATE_LIMITED, ProblemCode.UNAVAILABLE);
        if (operation.getSecurity() == null || !operation.getSecurity().isEmpty()) {
            codes.add(ProblemCode.UNAUTHENTICATED);
            if (!openToEverySignedInUser(handler)) {
                codes.add(ProblemCode.FORBIDDEN);
            }
        }
        boolean body = operation.getRequestBody() != null;
        if (body) {
            codes.addAll(List.of(ProblemCode.MALFORMED_REQUEST, ProblemCode.PAYLOAD_TOO_LARGE,
                    ProblemCode.UNSUPPORTED_MEDIA_TYPE));
        }
        boolean key = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "header".equals(p.getIn()) && KEY_HEADER.equalsIgnoreCase(p.getName()));
        if (key) {
            codes.add(ProblemCode.IDEMPOTENCY_KEY_REQUIRED);
        }
        if (key && body) {
            // a body and the key: the answer is recorded under the key (IdempotentRequests)
            codes.addAll(List.of(ProblemCode.IDEMPOTENCY_KEY_IN_FLIGHT, ProblemCode.IDEMPOTENCY_KEY_REUSED));
        }
        return codes;
    }

    private static boolean openToEverySignedInUser(HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        return rule != null && rule.value().replace(" ", "").equals("@access.maySignIn(authentication)");
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
