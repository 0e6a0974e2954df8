package org.pointsbank.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A Points Bank stand-in on 127.0.0.1: canned answers per method and path, in order, the last one repeating. */
final class StubServer implements AutoCloseable {

    record Reply(int status, String contentType, String body) {}

    /** {@code query}: the raw query string, null when there is none. */
    record Received(
            String method, String path, String authorization, String idempotencyKey, String body, String query) {}

    private final HttpServer server;
    private final Map<String, Deque<Reply>> replies = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private StubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    static StubServer start() throws IOException {
        return new StubServer();
    }

    static Reply json(int status, String body) {
        return new Reply(status, "application/json", body);
    }

    static Reply problem(int status, String code, String detail) {
        return new Reply(status, "application/problem+json", """
                {"type":"urn:pointsbank:problem:x","title":"T","status":%d,"detail":"%s","code":"%s"}""".formatted(status, detail, code));
    }

    StubServer on(String method, String path, Reply... answers) {
        replies.put(method + " " + path, new ArrayDeque<>(Arrays.asList(answers)));
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(
                exchange.getRequestMethod(),
                path,
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                requestBody,
                exchange.getRequestURI().getRawQuery()));
        Deque<Reply> answers = replies.get(exchange.getRequestMethod() + " " + path);
        Reply reply = answers == null
                ? problem(404, "NOT_FOUND", "the stub has no " + path)
                : answers.size() > 1 ? answers.poll() : answers.peek();
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        // Fixed length and a single write: no chunking, nothing for Nagle to hold back.
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (body.length > 0) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
