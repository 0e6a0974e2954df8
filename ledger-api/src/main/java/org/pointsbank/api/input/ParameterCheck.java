package org.pointsbank.api.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.pointsbank.api.http.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Path variables, query parameters and the headers the service reads, for every endpoint before its handler
 * runs: printable text of at most {@link PrintableText#MAX_PARAMETER} characters ({@code Accept}: 1,000; the fields
 * of a form body: {@link PrintableText#MAX_FREE_TEXT}), else
 * 400 {@code VALIDATION_FAILED} naming the parameter; and an {@code Accept} the answer can be written in.
 */
public class ParameterCheck implements HandlerInterceptor {

    /** Read by the service; {@code Idempotency-Key} is held to visible ASCII besides, where it is used. */
    private static final Map<String, Integer> HEADERS = Map.of(
            "Idempotency-Key", PrintableText.MAX_PARAMETER,
            "X-Correlation-Id", PrintableText.MAX_PARAMETER,
            "Accept", 1_000);

    private final BooleanSupplier checkCharacters;

    public ParameterCheck(BooleanSupplier checkCharacters) {
        this.checkCharacters = checkCharacters;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach(
                    (name, value) -> check(String.valueOf(name), String.valueOf(value), PrintableText.MAX_PARAMETER));
        }
        Set<String> inQuery = FormFields.namesInQuery(request);
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            check("query parameter name", parameter.getKey(), PrintableText.MAX_PARAMETER);
            // a form's fields (Open311's POST) are free text, a description among them; the URL's stay short
            int max = FormFields.isFormPost(request) && !inQuery.contains(parameter.getKey())
                    ? PrintableText.MAX_FREE_TEXT
                    : PrintableText.MAX_PARAMETER;
            for (String value : parameter.getValue()) {
                check(parameter.getKey(), value, max);
            }
        }
        HEADERS.forEach((name, max) -> {
            for (String value : java.util.Collections.list(request.getHeaders(name))) {
                check(name, value, max);
            }
        });
        if (handler instanceof HandlerMethod method
                && method.getBeanType().getPackageName().startsWith("org.pointsbank")
                && answersJson(method)) {
            requireJsonAcceptable(request); // the service's own endpoints; not Swagger UI's pages and files
        }
        return true;
    }

    /** A {@code @RestController}'s handler; a page's ({@code @Controller} rendering a view) answers HTML. */
    private static boolean answersJson(HandlerMethod method) {
        return org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(
                        method.getBeanType(), org.springframework.web.bind.annotation.ResponseBody.class)
                || method.hasMethodAnnotation(org.springframework.web.bind.annotation.ResponseBody.class);
    }

    /**
     * A handler of the service without {@code produces} answers JSON: an {@code Accept} that rules JSON out is refused now (406)
     * rather than after the handler has recorded what the answer then cannot be written for.
     */
    private static void requireJsonAcceptable(HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
        if (request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) != null) {
            return; // the mapping matched Accept against its produces already
        }
        List<String> accept = java.util.Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        if (accept.isEmpty()) {
            return;
        }
        try {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && type.getQualityValue() > 0) {
                    return;
                }
            }
        } catch (InvalidMediaTypeException unreadable) {
            // refused below like any Accept without JSON
        }
        throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
    }

    private void check(String name, String value, int maxLength) {
        String refusal = PrintableText.refusal(value, maxLength, checkCharacters.getAsBoolean());
        if (refusal != null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", name + " " + refusal, name);
        }
    }
}
