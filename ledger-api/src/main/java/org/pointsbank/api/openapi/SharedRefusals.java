package org.pointsbank.api.openapi;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * How a refusal is declared: its status, its codes listed with their meaning, an example of each, the problem
 * document as content and the headers that come with it. Refusals that read the same on every operation that can
 * answer them are declared once, among the components, and referred to.
 */
final class SharedRefusals {

    static final Set<ProblemCode> CODES = Set.of(
            ProblemCode.UNAUTHENTICATED,
            ProblemCode.FORBIDDEN,
            ProblemCode.NOT_ACCEPTABLE,
            ProblemCode.PAYLOAD_TOO_LARGE,
            ProblemCode.UNSUPPORTED_MEDIA_TYPE,
            ProblemCode.RATE_LIMITED,
            ProblemCode.UNAVAILABLE);

    private SharedRefusals() {}

    static String ref(ProblemCode code) {
        return "#/components/responses/" + code.name();
    }

    /** The shared declarations, named after their code. */
    static Map<String, ApiResponse> all() {
        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        CODES.stream()
                .sorted()
                .forEach(code -> responses.put(code.name(), response(null, code.status(), List.of(code))));
        return responses;
    }

    /** {@code declared}: what the operation says of this status itself, if anything; the codes come after it. */
    static ApiResponse response(ApiResponse declared, int status, List<ProblemCode> codes) {
        ApiResponse response = declared != null ? declared : new ApiResponse();
        StringBuilder description = new StringBuilder(
                        declared != null && declared.getDescription() != null ? declared.getDescription() + "\n\n" : "")
                .append(HttpStatus.valueOf(status).getReasonPhrase())
                .append(". `code` is ")
                .append(codes.size() == 1 ? "" : "one of:\n");
        for (ProblemCode code : codes) {
            description
                    .append(codes.size() == 1 ? "" : "\n- ")
                    .append('`')
                    .append(code.name())
                    .append("`: ")
                    .append(code.meaning());
        }
        MediaType problem = new MediaType().schema(ProblemSchema.ref());
        codes.forEach(code -> problem.addExamples(code.name(), ProblemExamples.ref(code)));
        response.description(description.toString())
                .content(new Content().addMediaType(ProblemSchema.MEDIA_TYPE, problem));
        if (status == 429 || status == 503 || codes.contains(ProblemCode.CONCURRENT_MODIFICATION)) {
            response.addHeaderObject(
                    "Retry-After",
                    new Header()
                            .description("seconds to wait before trying again")
                            .schema(new IntegerSchema()));
        }
        if (status == 401) {
            response.addHeaderObject(
                    "WWW-Authenticate",
                    new Header()
                            .description("the scheme to sign in with: Basic or Bearer, realm points-bank")
                            .schema(new StringSchema()));
        }
        return response;
    }
}
