package org.pointsbank.ops.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * HTTP/1.1 to the service through a fixed pool of {@code clients} JDK HTTP clients, each used by one request at
 * a time, so each keeps one keep-alive connection (the JDK client sets {@code TCP_NODELAY}: no Nagle delays).
 * Non-2xx answers are returned, not thrown; only transport failures throw.
 */
public final class BenchHttp {

    private final String base;
    private final String authorization;
    private final Duration timeout;
    private final Pool<HttpClient> clients;

    /** {@code user} null: requests go without credentials (the baseline endpoints). */
    public BenchHttp(URI base, String user, String password, int clients, Duration timeout) {
        String url = base.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.authorization = basic(user, password);
        this.timeout = timeout;
        List<HttpClient> pool = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            pool.add(HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build());
        }
        this.clients = new Pool<>(pool);
    }

    private BenchHttp(BenchHttp shared, String authorization) {
        this.base = shared.base;
        this.authorization = authorization;
        this.timeout = shared.timeout;
        this.clients = shared.clients;
    }

    /** The same clients (and connections), signed in as another user: many volunteers over a few connections. */
    public BenchHttp as(String user, String password) {
        return new BenchHttp(this, basic(user, password));
    }

    private static String basic(String user, String password) {
        return user == null
                ? null
                : "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public String base() {
        return base;
    }

    public HttpAnswer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    /** A GET asking for {@code accept} (e.g. {@code text/plain} for the Prometheus scrape) instead of JSON. */
    public HttpAnswer get(String path, String accept) throws IOException, InterruptedException {
        return send(request(path).setHeader("Accept", accept).GET().build());
    }

    /** A JSON POST, or one without a body when {@code json} is null; {@code idempotencyKey} null sends none. */
    public HttpAnswer post(String path, String json, String idempotencyKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = json == null
                ? request(path).POST(HttpRequest.BodyPublishers.noBody())
                : request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header("Accept", "application/json, application/problem+json")
                .header("User-Agent", "points-bank-ops-bench");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private HttpAnswer send(HttpRequest request) throws IOException, InterruptedException {
        HttpClient client = clients.take();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new HttpAnswer(response.statusCode(), response.body());
        } finally {
            clients.give(client);
        }
    }
}
