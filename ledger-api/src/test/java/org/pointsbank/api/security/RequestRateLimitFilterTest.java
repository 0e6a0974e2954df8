package org.pointsbank.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.config.PointsBankProperties;
import org.pointsbank.api.http.ProblemCounter;
import org.pointsbank.api.http.ProblemResponses;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Anonymous requests take from their address's bucket, except those the filter is told to let through. */
class RequestRateLimitFilterTest {

    private static final PointsBankProperties.Limits LIMITS =
            new PointsBankProperties.Limits(65536, 200, 400, 5, Duration.ofSeconds(60), Duration.ofHours(1), 1, 2, 1);

    private final RequestRateLimitFilter filter = new RequestRateLimitFilter(
            new UserRateLimit(LIMITS),
            new AnonymousRateLimit(new AnonymousRateLimit.Rate(1, 2)),
            request -> request.getRequestURI().startsWith("/bench/"),
            new ProblemResponses(new ObjectMapper(), new ProblemCounter(new SimpleMeterRegistry()))::rateLimited);

    private int send(String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    @Test
    void anonymousRequestsBeyondTheBurstOfOneAddressAre429() throws Exception {
        assertThat(send("/api/v1/stations", "10.0.0.1")).isEqualTo(200);
        assertThat(send("/api/v1/stations", "10.0.0.1")).isEqualTo(200);
        assertThat(send("/api/v1/stations", "10.0.0.1")).isEqualTo(429);
        assertThat(send("/api/v1/stations", "10.0.0.2")).isEqualTo(200);
    }

    @Test
    void exemptRequestsTakeNothing() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(send("/bench/baseline/cards/c", "10.0.0.3")).isEqualTo(200);
        }
        assertThat(send("/api/v1/stations", "10.0.0.3")).isEqualTo(200);
    }

    @Test
    void thePagesAnswerTheErrorPageWithRetryAfter() throws Exception {
        RequestRateLimitFilter pages = new RequestRateLimitFilter(
                new UserRateLimit(LIMITS),
                new AnonymousRateLimit(new AnonymousRateLimit.Rate(1, 1)),
                request -> false,
                RequestRateLimitFilter.TooMany.page());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setRemoteAddr("10.0.0.9");
        pages.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        MockHttpServletResponse refused = new MockHttpServletResponse();
        pages.doFilter(request, refused, new MockFilterChain());
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getContentType()).isNull();
        assertThat(refused.getErrorMessage()).isNull();
    }

    @Test
    void aUsersPagesAndApiCallsShareOneBucket() throws Exception {
        // a burst of 2 and 1 a second: two requests on one chain, the third on the other chain is refused
        UserRateLimit users = new UserRateLimit(
                new PointsBankProperties.Limits(65536, 1, 2, 5, Duration.ofSeconds(60), Duration.ofHours(1), 1, 2, 1));
        AnonymousRateLimit anonymousLimit = new AnonymousRateLimit(new AnonymousRateLimit.Rate(100, 100));
        RequestRateLimitFilter api = new RequestRateLimitFilter(
                users,
                anonymousLimit,
                request -> false,
                new ProblemResponses(new ObjectMapper(), new ProblemCounter(new SimpleMeterRegistry()))::rateLimited);
        RequestRateLimitFilter pages = new RequestRateLimitFilter(
                users, anonymousLimit, request -> false, RequestRateLimitFilter.TooMany.page());
        LedgerUser user = new LedgerUser("shared-bucket", "", Role.STAFF, true, java.util.Set.of("s1"), null);
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        user, null, java.util.List.of()));
        try {
            assertThat(signedIn(api, "/api/v1/stations")).isEqualTo(200);
            assertThat(signedIn(api, "/api/v1/stations")).isEqualTo(200);
            assertThat(signedIn(pages, "/desk")).isEqualTo(429);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private static int signedIn(RequestRateLimitFilter chain, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        chain.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}
