package org.pointsbank.api.idempotency;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link IdempotencyKeyCheck} in front of every handler of the API. */
@Configuration(proxyBeanMethods = false)
class IdempotencyKeyConfig implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new IdempotencyKeyCheck()).addPathPatterns("/api/**");
    }
}
