package org.pointsbank.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plain HTTP client for the tests: what a station desk or an audit tool would send. */
public final class ApiClient {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String authorization;
    private final Map<String, String> fixedHeaders;

    public ApiClient(int port, String username, String password) {
        this(
                port,
                username == null
                        ? null
                        : "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)),
                Map.of());
    }

    private ApiClient(int port, String authorization, Map<String, String> fixedHeaders) {
        this.base = "http://localhost:" + port;
        this.authorization = authorization;
        this.fixedHeaders = fixedHeaders;
    }

    /** The same client, sending {@code name: value} with every request (e.g. a bearer token). */
    public ApiClient withHeader(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(fixedHeaders);
        headers.put(name, value);
        return new ApiClient(port(), authorization, headers);
    }

    private int port() {
        return Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
    }

    public ApiClient as(String username, String password) {
        return new ApiClient(port(), username, password);
    }

    public ApiResponse get(String path) {
        return send("GET", path, null, Map.of("Accept", "application/json"));
    }

    public ApiResponse get(String path, String accept) {
        return send("GET", path, null, Map.of("Accept", accept));
    }

    /** POST a JSON body with an idempotency key (null for none). */
    public ApiResponse post(String path, String idempotencyKey, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (idempotencyKey != null) {
            headers.put("Idempotency-Key", idempotencyKey);
        }
        return send("POST", path, json, headers);
    }

    /** A GET whose answer is kept as bytes (an image), not decoded as text. */
    public HttpResponse<byte[]> getBytes(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        fixedHeaders.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public ApiResponse send(String method, String path, String body, Map<String, String> headers) {
        return sendWith(
                method,
                path,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8),
                headers);
    }

    /** A request whose body is these bytes (an image), sent as they are. */
    public ApiResponse sendBytes(String method, String path, byte[] body, Map<String, String> headers) {
        return sendWith(method, path, HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    /** As {@link #sendBytes}, streamed without a Content-Length (chunked). */
    public ApiResponse sendStream(String method, String path, byte[] body, Map<String, String> headers) {
        return sendWith(
                method,
                path,
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)),
                headers);
    }

    private ApiResponse sendWith(
            String method, String path, HttpRequest.BodyPublisher body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        fixedHeaders.forEach(request::header);
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
