package org.pointsbank.api.input;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import org.pointsbank.api.config.InputProperties;
import org.pointsbank.api.http.ProblemResponses;
import org.pointsbank.api.http.Problems;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the boundary: the JSON module, the parameter check, the instant range, the firewall's refusals. */
@Configuration(proxyBeanMethods = false)
public class TextBoundaryConfig implements WebMvcConfigurer {

    private final TextCheck textCheck;

    public TextBoundaryConfig(InputProperties input) {
        this.textCheck = new TextCheck(input.textCheckEnabled());
    }

    @Bean
    TextCheck textCheck() {
        return textCheck;
    }

    /** Spring Boot adds every {@code Module} bean to the web ObjectMapper (the storage mapper is built apart). */
    @Bean
    TextBoundaryModule textBoundaryModule() {
        return new TextBoundaryModule(textCheck);
    }

    /**
     * An empty or blank string where a number or a boolean belongs is the wrong type, not "absent": Jackson would
     * read {@code "perCardMonthlyLimit":"\u001f"} (blank to Java's trim) as null and the request would be taken
     * without its limit (found by the fuzz test).
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer noBlankNumbers() {
        return builder -> builder.postConfigurer(mapper -> {
            for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
                mapper.coercionConfigFor(type)
                        .setAcceptBlankAsEmpty(false)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            }
        });
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ParameterCheck(textCheck));
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new BoundedInstantFormatterFactory());
    }

    /**
     * Spring Security's firewall refuses some URLs and header values (encoded NUL, line breaks, {@code //},
     * {@code %2F}, controls in headers) before any mapping: as problem+json, not an HTML error page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return (request, response, rejected) -> problems.write(
                response,
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "VALIDATION_FAILED",
                        "the request's URL or headers hold characters that are refused"));
    }
}
