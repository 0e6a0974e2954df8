package org.pointsbank.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/** JSON over HTTP with Basic auth; every failure becomes an {@link OpsFailure} an operator can read. */
final class OpsClient {

    private final String base;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient http;

    OpsClient(URI base, String user, String password, Duration timeout) {
        String url = base.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** One path segment, escaped: a projection name cannot step out of its URL. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    <T> T get(String path, Class<T> type) {
        return read(send(request(path).GET().build()), Json.MAPPER.constructType(type));
    }

    <T> T get(String path, TypeReference<T> type) {
        return read(send(request(path).GET().build()), Json.MAPPER.constructType(type));
    }

    /**
     * POST without a body; any 2xx (the service answers 202 Accepted) is success. The service wants an
     * Idempotency-Key on every request that changes something (the header a forged cross-site request cannot set).
     */
    void post(String path) {
        send(request(path)
                .header("Idempotency-Key", "ops-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", "application/json, application/problem+json")
                .header("User-Agent", "points-bank-ops");
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            String why = e.getMessage() == null && !(e.getCause() instanceof UnresolvedAddressException)
                    ? "connection refused"
                    : reason(e);
            throw new OpsFailure(
                    "cannot connect to " + base + " (" + why
                            + "): is the service running, and is --url (POINTSBANK_URL) right?",
                    e);
        } catch (HttpTimeoutException e) {
            throw new OpsFailure(describe(request) + " timed out after " + Durations.format(timeout), e);
        } catch (IOException e) {
            throw new OpsFailure(describe(request) + " failed: " + reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpsFailure(describe(request) + " interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw Problem.read(response.statusCode(), response.body());
        }
        return response;
    }

    private static <T> T read(HttpResponse<byte[]> response, JavaType type) {
        try {
            return Json.MAPPER.readValue(response.body(), type);
        } catch (IOException e) {
            String why = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new OpsFailure("unexpected answer from " + describe(response.request()) + ": " + why, e);
        }
    }

    private static String describe(HttpRequest request) {
        return request.method() + " " + request.uri();
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException) {
                return "unknown host";
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage().toLowerCase(Locale.ROOT);
            }
        }
        return e.getClass().getSimpleName();
    }
}
