package org.pointsbank.api.input;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A page handler as {@link PageFuzzIT} sends to it: method, path pattern, and the names of the fields it binds
 * ({@code @RequestParam}s and the components of a record bound as {@code @ModelAttribute}, annotated or not).
 */
record PageHandler(String method, String path, List<String> fields) {

    private static final Set<String> OUTSIDE = Set.of("/error", "/actuator", "/v3/api-docs", "/swagger-ui");

    static List<PageHandler> all(RequestMappingHandlerMapping mappings) {
        List<PageHandler> handlers = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("org.pointsbank")) {
                return;
            }
            List<String> fields = fields(method);
            for (String path : info.getPatternValues()) {
                if (!PageFuzzIT.isPage(path) || OUTSIDE.stream().anyMatch(path::startsWith)) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    handlers.add(new PageHandler("GET", path, fields));
                }
                methods.forEach(m -> handlers.add(new PageHandler(m.name(), path, fields)));
            }
        });
        handlers.removeIf(h -> !h.method().equals("GET") && !h.method().equals("POST"));
        return handlers;
    }

    private static List<String> fields(HandlerMethod method) {
        List<String> fields = new ArrayList<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : param.value();
                fields.add(name.isEmpty() ? parameter.getParameterName() : name);
            } else if (type.isRecord()
                    && !parameter.hasParameterAnnotation(PathVariable.class)
                    && (parameter.hasParameterAnnotation(ModelAttribute.class) || isForm(type))) {
                for (RecordComponent component : type.getRecordComponents()) {
                    fields.add(component.getName());
                }
            }
        }
        return fields;
    }

    /** A record of the application's own, bound from the form (no annotation needed for a model attribute). */
    private static boolean isForm(Class<?> type) {
        return type.getPackageName().startsWith("org.pointsbank")
                && !type.getSimpleName().equals("LedgerUser");
    }
}
