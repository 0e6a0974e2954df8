package org.pointsbank.api.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * The pages for people ({@code @Order(2)}, every path the API chain of {@link SecurityConfig} does not hold): a form
 * sign-in at {@code POST /sign-in} against the same stored users, throttle and rate limits as the API (the global
 * {@code AuthenticationManager}, whose only provider is {@link CachedCredentials}), a session cookie, CSRF on every
 * changing request, and no Basic prompt. Every page path is declared here, so a later page never edits this file.
 */
@Configuration(proxyBeanMethods = false)
public class PageSecurityConfig {

    /** The pages' Content-Security-Policy: their own scripts, styles and images (QR codes are data: or inline SVG). */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; script-src 'self'; "
            + "style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http, UserRateLimit users, AnonymousRateLimit anonymous, UserAccounts accounts)
            throws Exception {
        LoginUrlAuthenticationEntryPoint signInPage = new LoginUrlAuthenticationEntryPoint("/");
        RequestCache asked = RoleLanding.requestCache();
        http.requestCache(cache -> cache.requestCache(asked))
                // no inline script or style anywhere in the pages: what htmx or a chart needs comes from /js and
                // /webjars
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .formLogin(form -> form.loginPage("/")
                        .loginProcessingUrl("/sign-in")
                        .successHandler(new RoleLanding(asked))
                        .failureHandler(new SignInFailure()))
                .logout(logout -> logout.logoutUrl("/sign-out")
                        .logoutSuccessUrl("/")
                        // the desk's pages may be kept for back/forward (private, no-cache): forget them at sign-out
                        .addLogoutHandler(new HeaderWriterLogoutHandler(
                                new ClearSiteDataHeaderWriter(ClearSiteDataHeaderWriter.Directive.CACHE))))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/", "/sign-in", "/denied", "/webjars/**", "/css/**", "/js/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/kiosk/**")
                        .hasAnyRole(Role.KIOSK.name(), Role.STAFF.name(), Role.ADMIN.name())
                        .requestMatchers("/desk/**")
                        .hasAnyRole(Role.STAFF.name(), Role.ADMIN.name())
                        .requestMatchers("/me/**")
                        .hasRole(Role.VOLUNTEER.name())
                        .requestMatchers("/audit/**")
                        .hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
                        // a kiosk's session opens its kiosk pages and nothing else, as KioskRequests on the API
                        .anyRequest()
                        .access(PageRequests.signedInNoKiosk()))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                                (request, response, ex) -> {
                                    // htmx would swap the sign-in page into a fragment: tell it to navigate instead
                                    response.setHeader("HX-Redirect", "/");
                                    response.sendError(HttpStatus.UNAUTHORIZED.value());
                                },
                                request -> request.getHeader("HX-Request") != null)
                        .authenticationEntryPoint(signInPage)
                        .accessDeniedPage("/denied"))
                .addFilterAfter(new SessionAccountCheck(accounts), SecurityContextHolderFilter.class)
                .addFilterBefore(
                        new RequestRateLimitFilter(
                                users, anonymous, request -> false, RequestRateLimitFilter.TooMany.page()),
                        AuthorizationFilter.class);
        return http.build();
    }
}
