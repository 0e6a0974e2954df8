package org.pointsbank.api.idempotency;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import org.pointsbank.api.http.LedgerCommands;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link IdempotencyKeyCheck} in front of every handler of the API, and says in the API description where the key is required. */
@Configuration(proxyBeanMethods = false)
class IdempotencyKeyConfig implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new IdempotencyKeyCheck()).addPathPatterns("/api/**");
    }

    /**
     * The required header in the API description, where it is required: on every changing operation without a JSON
     * body ({@link IdempotencyKeyCheck}) and on every operation of a controller that records its answers under the key
     * ({@link IdempotentRequests}: the ledger's changes, directly or through a service of its feature).
     */
    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(ImplicitIdempotencyKey.class)) {
                optionalKey(operation);
            } else if (IdempotencyKeyCheck.changes(handler)
                    && (!IdempotencyKeyCheck.takesJsonBody(handler) || recordsAnswers(handler.getBeanType()))) {
                requireKey(operation);
            }
            return operation;
        };
    }

    private static boolean recordsAnswers(Class<?> controller) {
        return holds(controller)
                || Arrays.stream(controller.getDeclaredFields()).anyMatch(f -> holds(f.getType()));
    }

    private static boolean holds(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).anyMatch(f -> f.getType() == IdempotentRequests.class);
    }

    private static void optionalKey(Operation operation) {
        operation.addParametersItem(new HeaderParameter()
                .name(LedgerCommands.IDEMPOTENCY_KEY_HEADER)
                .required(false)
                .description("1 to 255 visible ASCII characters; a retry with the same key is answered as the first"
                        + " request was. Without it the request is recorded under a key derived from the signed-in"
                        + " user and the SHA-256 of its form fields, so a retry of the same form records once; a"
                        + " browser's form (with an Origin header) must send it: 400 IDEMPOTENCY_KEY_REQUIRED")
                .schema(new StringSchema().minLength(1).maxLength(255)));
    }

    private static void requireKey(Operation operation) {
        if (operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> LedgerCommands.IDEMPOTENCY_KEY_HEADER.equalsIgnoreCase(p.getName()))) {
            return;
        }
        operation.addParametersItem(new HeaderParameter()
                .name(LedgerCommands.IDEMPOTENCY_KEY_HEADER)
                .required(true)
                .description("1 to 255 visible ASCII characters; a retry with the same key is answered as the first"
                        + " request was where the answer is recorded. Without it: 400 IDEMPOTENCY_KEY_REQUIRED")
                .schema(new StringSchema().minLength(1).maxLength(255)));
    }
}
