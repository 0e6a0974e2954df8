package org.pointsbank.api.security;

import org.pointsbank.api.config.PointsBankProperties;
import org.pointsbank.api.config.PointsBankProperties.AuthMode;
import org.pointsbank.api.http.DatabaseFailures;
import org.pointsbank.api.http.ProblemResponses;
import org.pointsbank.api.http.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Authentication (HTTP Basic against stored bcrypt hashes, or bearer JWTs by configuration),
 * stateless, problem+json for 401/403/429. What each user may do is decided in
 * {@link AccessPolicy}, named by every endpoint's {@code @PreAuthorize}. Without
 * authentication only the health probes and the API description answer.
 *
 * <p>This chain ({@code @Order(1)}) holds only the API's paths ({@link #API_PATHS}); every other path, the pages for
 * people, is {@link PageSecurityConfig}'s chain, with a form sign-in, a session and CSRF.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfig {

    static final String REALM = "points-bank";

    /** The paths of the stateless API chain; Open311 ({@code /api/v1/open311/**}) is among {@code /api/**}. */
    static final String[] API_PATHS = {
        "/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/bench/**", "/error"
    };

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            PointsBankProperties properties,
            ProblemResponses problems,
            AnonymousRateLimit anonymous,
            UserRateLimit users,
            JwtUserConverter jwtUsers,
            Environment environment)
            throws Exception {
        boolean benchmark = environment.acceptsProfiles(Profiles.of("benchmark"));
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            if (e instanceof SignInRefused refused) {
                problems.rateLimited(response, refused.retryAfter(), refused.getMessage());
                return;
            }
            if (DatabaseFailures.lost(e)) { // the user could not be looked up: the database, not the credentials
                problems.databaseUnavailable(response);
                return;
            }
            if (properties.auth().mode() == AuthMode.BASIC) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            } else {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
            }
            problems.write(
                    response,
                    Problems.of(
                            HttpStatus.UNAUTHORIZED,
                            "UNAUTHENTICATED",
                            "sign in first (" + properties.auth().mode().name().toLowerCase() + ")"));
        };
        AccessDeniedHandler forbidden = (request, response, e) ->
                problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN", "you may not do this"));

        http.securityMatcher(API_PATHS)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        // the benchmark baseline measures the machine without security; only in that profile
                        .requestMatchers("/bench/**")
                        .access((authentication, request) -> new AuthorizationDecision(benchmark))
                        .requestMatchers("/actuator/prometheus")
                        .hasRole(Role.ADMIN.name())
                        // a certificate's public verification: what its QR code opens, for anyone
                        .requestMatchers(HttpMethod.GET, "/api/v1/certificates/*/verification")
                        .permitAll()
                        // a kiosk's credentials open its check-in codes and nothing else
                        .anyRequest()
                        .access(KioskRequests.signedInKioskOnlyAtItsCodes()))
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .addFilterBefore(
                        new RequestRateLimitFilter(
                                users,
                                anonymous,
                                // the baseline measures the machine without security, anonymous at full speed
                                request -> benchmark && request.getRequestURI().startsWith("/bench/"),
                                problems::rateLimited),
                        AuthorizationFilter.class);
        if (properties.auth().mode() == AuthMode.JWT) {
            http.oauth2ResourceServer(o -> o.jwt(jwt -> jwt.jwtAuthenticationConverter(jwtUsers))
                    .authenticationEntryPoint(unauthenticated)
                    .accessDeniedHandler(forbidden));
        } else {
            // the sign-in throttle sits in the password check itself (CachedCredentials): it sees exactly the
            // credentials Spring's BasicAuthenticationConverter decoded, and no others
            http.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthenticated));
        }
        return http.build();
    }

    /**
     * No Micrometer observation per security filter, authentication and authorisation: a third of the request
     * threads' samples passed through the observing filter chain (docs/performance.md). Requests are still
     * timed as a whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
