package org.pointsbank.api.idempotency;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Objects;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link IdempotencyKeyCheck} in front of every handler of the API, and says so in the API description. */
@Configuration(proxyBeanMethods = false)
class IdempotencyKeyConfig implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new IdempotencyKeyCheck()).addPathPatterns("/api/**");
    }

    /** The required header on every changing operation of the API. */
    @Bean
    OpenApiCustomizer idempotencyKeyHeader() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                Stream.of(item.getPost(), item.getPut(), item.getPatch(), item.getDelete())
                        .filter(Objects::nonNull).forEach(IdempotencyKeyConfig::requireKey);
            }
        });
    }

    private static void requireKey(Operation operation) {
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotentRequests.KEY_HEADER.equalsIgnoreCase(p.getName()))) {
            return;
        }
        operation.addParametersItem(new HeaderParameter().name(IdempotentRequests.KEY_HEADER).required(true)
                .description("1 to 255 visible ASCII characters; a retry with the same key is answered as the first"
                        + " request was where the answer is recorded. Without it: 400 IDEMPOTENCY_KEY_REQUIRED")
                .schema(new StringSchema().minLength(1).maxLength(255)));
    }
}
