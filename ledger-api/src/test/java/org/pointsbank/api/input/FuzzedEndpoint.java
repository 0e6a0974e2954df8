package org.pointsbank.api.input;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One endpoint of the service as the fuzz sees it, read from Spring's own mappings (as {@code AccessMatrixIT}
 * does), so an endpoint added later is fuzzed without a line here.
 *
 * @param bodyType the {@code @RequestBody} type, or null
 */
record FuzzedEndpoint(
        String method,
        String pattern,
        String accept,
        List<String> pathVariables,
        List<String> queryParameters,
        Class<?> bodyType) {

    static List<FuzzedEndpoint> of(RequestMappingHandlerMapping mappings) {
        List<FuzzedEndpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("org.pointsbank")) {
                endpoints.addAll(of(info, handler));
            }
        });
        endpoints.sort(java.util.Comparator.comparing(FuzzedEndpoint::toString));
        return endpoints;
    }

    private static List<FuzzedEndpoint> of(RequestMappingInfo info, HandlerMethod handler) {
        List<String> variables = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        Class<?> body = null;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
            RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
            if (variable != null) {
                variables.add(variable.value().isEmpty() ? parameter.getParameterName() : variable.value());
            } else if (query != null) {
                parameters.add(query.value().isEmpty() ? parameter.getParameterName() : query.value());
            } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                body = parameter.getParameterType();
            }
        }
        String accept = info.getProducesCondition().getProducibleMediaTypes().stream()
                .map(MediaType::toString)
                .findFirst()
                .orElse("application/json");
        PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
        List<FuzzedEndpoint> endpoints = new ArrayList<>();
        for (var method : info.getMethodsCondition().getMethods()) {
            for (String pattern : patterns == null ? info.getPatternValues() : patterns.getPatternValues()) {
                if (!org.pointsbank.api.security.ApiPaths.isApiPath(pattern)) {
                    continue; // a page for people takes forms with a session and CSRF, not the API's requests
                }
                endpoints.add(new FuzzedEndpoint(
                        method.name(), pattern, accept, List.copyOf(variables), List.copyOf(parameters), body));
            }
        }
        return endpoints;
    }

    boolean changesThings() {
        return !method.equals("GET");
    }

    @Override
    public String toString() {
        return method + " " + pattern + (accept.equals("application/json") ? "" : " " + accept);
    }
}
