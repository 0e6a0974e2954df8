package org.pointsbank.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's front matter: what the API is, where it answers, how to sign in, its features (one tag
 * each) and the problem document every refusal is. Operations describe themselves on their controllers;
 * {@link ProblemResponsesCustomizer} adds the refusals each can answer.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    @Bean
    OpenAPI pointsBankOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Points Bank API").version("v1").description(ApiDescription.TEXT))
                .addServersItem(new Server().url("/").description("this service, where the document was read"))
                .tags(FeatureTags.ALL)
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("a user's name and password (the default sign-in)"))
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("a JWT from the configured issuer, when the service runs with"
                                                + " pointsbank.auth.mode=jwt; its `sub` claim (or the configured one) names a"
                                                + " stored user, whose role applies as with Basic"))
                        .addSchemas(ProblemSchema.NAME, ProblemSchema.problem())
                        .addSchemas(ProblemSchema.FIELD_ERROR, ProblemSchema.fieldError())
                        .examples(ProblemExamples.all())
                        .responses(SharedRefusals.all()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
