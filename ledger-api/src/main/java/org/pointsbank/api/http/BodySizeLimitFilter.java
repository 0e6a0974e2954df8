package org.pointsbank.api.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.pointsbank.api.config.PointsBankProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code pointsbank.limits.max-body-bytes} with 413: at once when
 * Content-Length says so, and while reading when the body is chunked. A request a feature declared a
 * {@link LargerBody} for (a photo upload) has that limit instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final int maxBytes;
    private final List<LargerBody> larger;
    private final ProblemResponses problems;

    public BodySizeLimitFilter(
            PointsBankProperties properties, ObjectProvider<LargerBody> larger, ProblemResponses problems) {
        this.maxBytes = properties.limits().maxBodyBytes();
        this.larger = larger.orderedStream().toList();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int limit = limitOf(request);
        if (request.getContentLengthLong() > limit) {
            problems.write(response, tooLarge(limit));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    private int limitOf(HttpServletRequest request) {
        for (LargerBody body : larger) {
            if (body.matches(request)) {
                return body.maxBytes();
            }
        }
        return maxBytes;
    }

    static org.springframework.http.ProblemDetail tooLarge(int maxBytes) {
        return Problems.of(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "PAYLOAD_TOO_LARGE",
                "request bodies may hold at most " + maxBytes + " bytes");
    }

    /** Thrown while reading a body that turns out larger than the limit. */
    static final class PayloadTooLarge extends IOException {
        final int maxBytes;

        PayloadTooLarge(int maxBytes) {
            super("request body over " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final int maxBytes;

        LimitedRequest(HttpServletRequest request, int maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws PayloadTooLarge {
                    read += n;
                    if (read > maxBytes) {
                        throw new PayloadTooLarge(maxBytes);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
